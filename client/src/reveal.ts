// What the officer can do with a file just written, as far as this host allows: VS Code on the
// desktop reveals it in the system's file manager; code-server and remote windows have no
// revealFileInOS (calling it raises a modal error), so there the Explorer shows it instead.
import * as vscode from 'vscode';
import { DOCX_VIEWER } from './docxViewer';
import { t } from './l10n';

export interface FileAction {
  title: string;
  run(): Thenable<unknown>;
}

export async function revealActions(file: vscode.Uri): Promise<FileAction[]> {
  const commands = new Set(await vscode.commands.getCommands(true));
  const actions: FileAction[] = [];
  if (file.path.toLowerCase().endsWith('.docx'))
    actions.push({
      title: t('View'),
      run: () => vscode.commands.executeCommand('vscode.openWith', file, DOCX_VIEWER),
    });
  if (
    commands.has('revealFileInOS') &&
    vscode.env.remoteName === undefined &&
    vscode.env.uiKind === vscode.UIKind.Desktop
  )
    actions.push({
      title: t('Reveal in File Manager'),
      run: () => vscode.commands.executeCommand('revealFileInOS', file),
    });
  else if (commands.has('revealInExplorer') && vscode.workspace.getWorkspaceFolder(file))
    actions.push({
      title: t('Show in Explorer'),
      run: () => vscode.commands.executeCommand('revealInExplorer', file),
    });
  return actions;
}
