// Export to DOCX and the publication copy. The server makes the DOCX (casedraft/export): the
// document the print preview shows. It is written beside the draft; the notice says which file
// was written (the public copy is named and marked as such) and offers what the host can do with
// it: view it as pages, and reveal it where the host supports that.
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { confirmOverwrite, writeWhole } from './files';
import { LANGUAGE } from './languageServer';
import { t } from './l10n';
import { revealActions } from './reveal';

/** `casedraft/export` (server/src/lsp/export.ts). */
export interface ExportResult {
  docx: string | null;
  errors: number;
  draft: boolean;
}

export function registerExport(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('casedraft.exportDocx', (uri?: vscode.Uri) => exportDocx(client, uri)),
    vscode.commands.registerCommand('casedraft.exportPublic', (uri?: vscode.Uri) =>
      exportDocx(client, uri, { publicCopy: true }),
    ),
  );
}

/** The draft a command acts on: the file it was invoked on (Explorer, editor title), else the active editor's. */
export async function targetDraft(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE ? doc : undefined;
}

/** `decision.case.md` → `decision.docx`; the public copy → `decision.public.docx` (as the CLI names them). */
export function outputFor(input: string, publicCopy: boolean): string {
  const stem = basename(input)
    .replace(/\.case\.md$/i, '')
    .replace(/\.md$/i, '');
  return join(dirname(input), stem + (publicCopy ? '.public.docx' : '.docx'));
}

/**
 * Asks the server for the DOCX (casedraft/export: from its model, gated by the findings the
 * officer sees, the document the print preview shows) and writes it beside the draft.
 */
async function exportDocx(
  client: LanguageClient,
  uri?: vscode.Uri,
  { publicCopy = false } = {},
): Promise<void> {
  const doc = await targetDraft(uri);
  if (!doc || doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(t('Save the draft as a .case.md file first.'));
    return;
  }
  if (doc.isDirty) await doc.save();
  const output = outputFor(doc.uri.fsPath, publicCopy);
  const written = vscode.Uri.file(output);
  // The DOCX may have been opened and edited in Word since the last export: never replace it unasked.
  if (!(await confirmOverwrite(written))) return;
  const request = (force: boolean) =>
    client.sendRequest<ExportResult | null>('casedraft/export', {
      uri: doc.uri.toString(),
      public: publicCopy,
      force,
    });
  let result = await request(false);
  if (result && !result.docx && result.errors) {
    const force = t('Export as draft (marked 草稿)');
    const answer = await vscode.window.showWarningMessage(
      t('The draft has errors; fix them before the formal export.'),
      force,
    );
    if (answer !== force) return;
    result = await request(true);
  }
  if (!result?.docx) {
    void vscode.window.showErrorMessage(t('Export failed: {0}', t('see the output of the CaseDraft server')));
    return;
  }
  const draft = result.draft;
  try {
    await writeWhole(written, Buffer.from(result.docx, 'base64'), { replace: true });
  } catch (err) {
    void vscode.window.showErrorMessage(t('Export failed: {0}', (err as Error).message));
    return;
  }
  const shown = vscode.workspace.asRelativePath(written, false);
  const message = publicCopy
    ? t('Wrote the publication copy (公开版, personal data masked): {0}', shown)
    : draft
      ? t('Wrote a draft marked 草稿 on every page: {0}', shown)
      : t('Wrote {0}', shown);
  const actions = await revealActions(written);
  const answer = await vscode.window.showInformationMessage(message, ...actions.map((a) => a.title));
  await actions.find((a) => a.title === answer)?.run();
}
