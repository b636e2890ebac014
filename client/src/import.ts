// "CaseDraft: Import Decision…": a document the officer or reviewer already has (.docx, .html,
// .txt) becomes X.case.md beside it, opened for checking. The server reads, converts and writes it
// (casedraft/import, the host's atomic write: server/src/lsp/import.ts says why there); this
// module picks the file, asks before a draft is replaced, and opens what was written.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { askToReplace } from './files';
import { t } from './l10n';

/** `casedraft/import` (server/src/lsp/import.ts). */
type ImportResult = { target: string; missing: string[] } | { exists: string } | { error: string };

export const IMPORT_EXTENSIONS = ['docx', 'html', 'htm', 'txt'];

/** Registers the command; `client` is read when it runs (the server may still be starting). */
export function registerImport(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('casedraft.importDecision', (uri?: vscode.Uri) =>
    importDecision(client(), uri),
  );
}

async function importDecision(client: LanguageClient | undefined, uri?: vscode.Uri): Promise<void> {
  const source =
    uri ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: t('Import'),
        title: t('Import a decision (.docx, .html, .txt)'),
        filters: { [t('Documents')]: IMPORT_EXTENSIONS },
      })
    )?.[0];
  if (!source || !client) return;
  if (source.scheme !== 'file') {
    void vscode.window.showWarningMessage(t('Only files on this computer can be imported.'));
    return;
  }
  const request = (overwrite: boolean) =>
    client.sendRequest<ImportResult>('casedraft/import', { uri: source.toString(), overwrite });
  let result = await request(false);
  if ('exists' in result) {
    if (!(await askToReplace(vscode.Uri.parse(result.exists)))) return;
    result = await request(true);
  }
  if ('error' in result || 'exists' in result) {
    void vscode.window.showErrorMessage(
      t(
        'Could not import {0}: {1}',
        basename(source.fsPath),
        'error' in result ? result.error : result.exists,
      ),
    );
    return;
  }
  const target = vscode.Uri.parse(result.target);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  if (result.missing.length)
    void vscode.window.showInformationMessage(
      t('Imported {0}. Not found in the original: {1}', basename(target.fsPath), result.missing.join('、')),
    );
}
