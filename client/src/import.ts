// "CaseDraft: Import Decision…": a document the officer or reviewer already has (.docx, .html,
// .txt) becomes X.case.md beside it, opened for checking. The server reads and converts it
// (casedraft/import); this module picks the file, asks before replacing a draft, writes, opens.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';

type ImportResult = { text: string; target: string; missing: string[] } | { error: string };

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
  const result = await client.sendRequest<ImportResult>('casedraft/import', { uri: source.toString() });
  if ('error' in result) {
    void vscode.window.showErrorMessage(
      t('Could not import {0}: {1}', basename(source.fsPath), result.error),
    );
    return;
  }
  const target = vscode.Uri.parse(result.target);
  if (await exists(target)) {
    const overwrite = t('Overwrite');
    const answer = await vscode.window.showWarningMessage(
      t('{0} already exists. Overwrite it?', basename(target.fsPath)),
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  if (result.missing.length)
    void vscode.window.showInformationMessage(
      t('Imported {0}. Not found in the original: {1}', basename(target.fsPath), result.missing.join('、')),
    );
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
