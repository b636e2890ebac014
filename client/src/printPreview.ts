// The print preview beside a draft: the DOCX the export writes (casedraft/export, always made,
// marked 草稿 while the draft has errors) shown as pages, re-made as the officer types.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { docxPagesHtml, docxWebviewOptions, postPages } from './docxPages';
import { debounced, draftCommand, DraftPanels, savedUri } from './draftPanels';
import type { ExportResult } from './exportDocx';
import { onDidChangeLocale, t } from './l10n';

const VIEW_TYPE = 'casedraft.printPreview';
/** A pause in typing this long re-makes the document: a burst of keystrokes costs one export. */
const DEBOUNCE_MS = 600;

export function registerPrintPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const titleOf = (uri: string) => t('Print Preview: {0}', basename(vscode.Uri.parse(uri).path));

  const attach = (panel: vscode.WebviewPanel, uri: string): vscode.Disposable[] => {
    panel.title = titleOf(uri);
    const show = () => (panel.webview.html = docxPagesHtml(panel.webview, context.extensionUri));
    let pending = 0;
    const render = async () => {
      const ticket = ++pending;
      let r: ExportResult | null = null;
      try {
        r = await client.sendRequest<ExportResult | null>('casedraft/export', { uri, force: true });
      } catch {
        r = null;
      }
      if (ticket !== pending) return; // a newer text is on its way
      if (!r?.docx) {
        void panel.webview.postMessage({
          type: 'error',
          uri,
          message: t('No preview: the server could not make the document.'),
        });
        return;
      }
      await postPages(panel.webview, {
        uri,
        docx: Buffer.from(r.docx, 'base64'),
        status: t('A4 · 22 lines of 28 characters'),
        warning: r.draft
          ? t('Draft: {0} error(s); the formal export is refused until they are fixed.', r.errors)
          : undefined,
      });
    };
    const later = debounced(DEBOUNCE_MS, () => void render());
    const subs = [
      later,
      panel.webview.onDidReceiveMessage((m: { type?: string }) => m.type === 'ready' && void render()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === uri && later()),
      // The findings (and so the 草稿 mark) follow the settings; the page's words follow the language.
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('casedraft') && later()),
      onDidChangeLocale(() => {
        panel.title = titleOf(uri);
        show();
      }),
    ];
    show();
    return subs;
  };

  const panels = new DraftPanels<string>({
    viewType: VIEW_TYPE,
    options: docxWebviewOptions(context.extensionUri),
    preserveFocus: true,
    key: (uri) => uri,
    restore: savedUri,
    attach,
  });
  context.subscriptions.push(
    panels,
    draftCommand('casedraft.printPreview', async (doc, target) => {
      const uri = doc.uri.toString();
      // Opened from the Explorer, the draft is opened too: the preview follows its text.
      if (target && !panels.isOpen(uri)) await vscode.window.showTextDocument(doc, { preview: false });
      panels.show(uri, titleOf(uri));
    }),
  );
}
