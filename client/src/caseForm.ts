// The case information form beside a draft: the server gives the fields (from the front-matter
// JSON Schema of the draft's type) and the values (casedraft/caseForm); an edit in the form comes
// back from the server as a WorkspaceEdit of the YAML and the body's 当事人 block
// (casedraft/caseFormEdit), applied here so undo works. Typing in the YAML redraws the form.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, WorkspaceEdit } from 'vscode-languageclient/node';
import { debounced, draftCommand, DraftPanels, savedUri } from './draftPanels';
import { onDidChangeLocale, t, uiLocale } from './l10n';
import { escapeHtml, page } from './webviewPage';

const VIEW_TYPE = 'casedraft.caseForm';

/** The form's words, in the officer's language, for the webview script. */
function labels(): Record<string, string> {
  return {
    add: t('Add'),
    remove: t('Remove'),
    required: t('required'),
    knownParty: t('Known parties of this workspace'),
    noForm: t(
      'This draft has no front matter that names a known 文书, or its YAML is broken: fix it in the text.',
    ),
    date: t('date'),
    datePlaceholder: t('e.g. 2026-03-05 or 2026年3月5日'),
    badDate: t('not a date: type it as 2026-03-05 or 2026年3月5日'),
    pickDate: t('Pick a date'),
    calendar: t('Calendar'),
    other: t('or'),
  };
}

interface FormResult {
  form: { doctype: string; fields: unknown[]; values: Record<string, unknown> } | null;
  version: number;
  parties: unknown[];
  reviewChain: boolean;
}

const STYLE = `
body { padding: 8px 16px 24px; }
fieldset { border: 1px solid var(--vscode-panel-border, #8884); margin: 10px 0; padding: 6px 12px 10px; }
legend { font-weight: bold; padding: 0 4px; }
label.row { display: grid; grid-template-columns: 9em 1fr; align-items: center; gap: 8px; margin: 4px 0; }
label.row > span.key { text-align: right; color: var(--vscode-descriptionForeground); }
label.row.required > span.key::after { content: ' *'; color: var(--vscode-errorForeground); }
input, select { width: 100%; box-sizing: border-box; padding: 2px 4px; }
input.date { width: 9em; }
.date-field { display: inline-flex; align-items: center; gap: 4px; position: relative; }
.date-field button.pick { padding: 0 6px; background: none; color: var(--vscode-textLink-foreground); white-space: nowrap; }
.date-shown { color: var(--vscode-descriptionForeground); white-space: nowrap; }
.date-shown.bad { color: var(--vscode-errorForeground); }
.item { border-left: 2px solid var(--vscode-panel-border, #8884); padding-left: 10px; margin: 6px 0; }
.item > button, fieldset > button { margin-top: 4px; }
.hint { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
`;

export function registerCaseForm(context: vscode.ExtensionContext, client: LanguageClient): void {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'caseForm.js');

  const attach = (panel: vscode.WebviewPanel, uri: string): vscode.Disposable[] => {
    const load = async () => {
      let r: FormResult | null = null;
      try {
        r = await client.sendRequest<FormResult | null>('casedraft/caseForm', { uri });
      } catch {
        r = null;
      }
      panel.title = t('Case: {0}', basename(vscode.Uri.parse(uri).path));
      void panel.webview.postMessage({
        type: 'form',
        uri,
        labels: labels(),
        ...(r ?? { form: null, parties: [] }),
      });
    };
    const render = () => {
      panel.webview.html = page({
        body: `<div id="form"><p class="hint">${escapeHtml(t('Reading the draft…'))}</p></div>`,
        lang: uiLocale() === 'en' ? 'en' : 'zh-CN',
        style: STYLE,
        script: { webview: panel.webview, src: script },
      });
    };
    const reload = debounced(300, () => void load());
    const subs = [
      reload,
      panel.webview.onDidReceiveMessage(async (m: { type: string; edit?: unknown }) => {
        if (m.type === 'ready') return load();
        if (m.type !== 'edit') return;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (!doc) return;
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            const edit = await client.sendRequest<WorkspaceEdit | null>('casedraft/caseFormEdit', {
              uri,
              version: doc.version,
              edit: m.edit,
            });
            if (!edit) return load();
            await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
            return;
          } catch {
            // The server had not seen the newest keystroke yet (ContentModified): ask again.
            await new Promise((r) => setTimeout(r, 150));
          }
        }
        void vscode.window.showWarningMessage(t('The form could not change the draft; edit it in the text.'));
        return load();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === uri && reload()),
      onDidChangeLocale(render),
    ];
    render();
    return subs;
  };

  const panels = new DraftPanels<string>({
    viewType: VIEW_TYPE,
    options: {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
      retainContextWhenHidden: true,
    },
    preserveFocus: false,
    key: (uri) => uri,
    restore: savedUri,
    attach,
  });
  context.subscriptions.push(
    panels,
    draftCommand('casedraft.caseForm', (doc) =>
      panels.show(doc.uri.toString(), t('Case: {0}', basename(doc.uri.path))),
    ),
  );
}
