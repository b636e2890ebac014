// Any .docx opens as printed pages in the editor (read-only), instead of "binary file": an export,
// an imported decision, a document from a colleague. Re-rendered when the file changes on disk.
import * as vscode from 'vscode';
import { docxPagesHtml, docxWebviewOptions, postPages } from './docxPages';
import { t } from './l10n';

export const DOCX_VIEWER = 'casedraft.docxViewer';

export function registerDocxViewer(context: vscode.ExtensionContext): void {
  const provider: vscode.CustomReadonlyEditorProvider = {
    openCustomDocument: (uri) => ({ uri, dispose: () => undefined }),
    resolveCustomEditor(document, panel) {
      panel.webview.options = docxWebviewOptions(context.extensionUri);
      panel.webview.html = docxPagesHtml(panel.webview, context.extensionUri);
      const name = document.uri.path.split('/').pop()!;
      const show = async () => {
        try {
          const docx = await vscode.workspace.fs.readFile(document.uri);
          await postPages(panel.webview, { uri: document.uri.toString(), docx, status: name });
        } catch (err) {
          void panel.webview.postMessage({
            type: 'error',
            uri: document.uri.toString(),
            message: t('Cannot read {0}: {1}', name, (err as Error).message),
          });
        }
      };
      const ready = panel.webview.onDidReceiveMessage(
        (m: { type?: string }) => m.type === 'ready' && void show(),
      );
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.joinPath(document.uri, '..'), name),
      );
      watcher.onDidChange(() => void show());
      watcher.onDidCreate(() => void show());
      panel.onDidDispose(() => {
        ready.dispose();
        watcher.dispose();
      });
    },
  };
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(DOCX_VIEWER, provider, {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
  );
}
