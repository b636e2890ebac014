// `casedraft lint` as a task (Terminal → Run Task… → casedraft: lint): the bundled CLI checks the
// workspace folder, and the `$casedraft` problem matcher (package.json) reads its stylish output
// into the Problems panel, as a CI run or a pre-submission check of the whole folder would.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { t } from './l10n';

interface LintTaskDefinition extends vscode.TaskDefinition {
  type: 'casedraft';
  command: 'lint';
  /** Files or folders relative to the workspace folder; the folder itself by default. */
  paths?: string[];
}

export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath(join('bin', 'casedraft.js'));
  const task = (folder: vscode.WorkspaceFolder, def: LintTaskDefinition): vscode.Task => {
    const locale = vscode.workspace.getConfiguration('casedraft', folder.uri).get<string>('locale');
    const args = [cli, 'lint', ...(def.paths?.length ? def.paths : ['.'])];
    if (locale === 'en' || locale === 'zh-cn') args.push('--locale', locale);
    const execution = new vscode.ProcessExecution(process.execPath, args, {
      cwd: folder.uri.fsPath,
      // The extension host may be Electron: run its binary as Node. No colours: the matcher reads plain text.
      env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1', CASEDRAFT_LOCALE: '' },
    });
    const created = new vscode.Task(def, folder, t('lint'), 'casedraft', execution, '$casedraft');
    created.group = vscode.TaskGroup.Test;
    created.detail = t('Checks every *.case.md of {0} with the bundled casedraft lint', folder.name);
    return created;
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider('casedraft', {
      provideTasks: () =>
        (vscode.workspace.workspaceFolders ?? [])
          .filter((f) => f.uri.scheme === 'file')
          .map((f) => task(f, { type: 'casedraft', command: 'lint' })),
      resolveTask: (found) => {
        const def = found.definition as LintTaskDefinition;
        const folder = typeof found.scope === 'object' ? found.scope : vscode.workspace.workspaceFolders?.[0];
        return def.command === 'lint' && folder ? task(folder, def) : undefined;
      },
    }),
  );
}
