// "Open Configuration": the casedraft.config.json that applies to the active draft (the server
// says which, nearest folder up); where none does, offers to create one in the workspace folder.
// VS Code validates it against the bundled schema as it is edited (jsonValidation).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists, writeWhole } from './files';
import { LANGUAGE } from './languageServer';
import { t } from './l10n';
import type { DraftStatus } from './status';

const STARTER = `{
  "locale": "zh-cn",
  "rules": {}
}
`;

export function registerConfiguration(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('casedraft.openConfig', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      let config: string | null = null;
      if (doc?.languageId === LANGUAGE) {
        try {
          config = (await client.sendRequest<DraftStatus>('casedraft/status', { uri: doc.uri.toString() }))
            .config;
        } catch {
          config = null;
        }
      }
      if (config) {
        await vscode.window.showTextDocument(vscode.Uri.file(config));
        return;
      }
      const folder =
        (doc && vscode.workspace.getWorkspaceFolder(doc.uri)) ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showWarningMessage(
          t('Open a folder first: casedraft.config.json lives in a folder.'),
        );
        return;
      }
      const target = vscode.Uri.joinPath(folder.uri, 'casedraft.config.json');
      const create = t('Create casedraft.config.json');
      const answer = await vscode.window.showInformationMessage(
        t('No casedraft.config.json applies to this draft: CaseDraft uses its defaults.'),
        create,
      );
      if (answer !== create) return;
      if (!(await exists(target))) await writeWhole(target, Buffer.from(STARTER, 'utf8'), { replace: false });
      await vscode.window.showTextDocument(target);
    }),
  );
}
