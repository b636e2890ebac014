// The files the editor writes itself (an export's DOCX, the 卷宗, a new draft, a starter config),
// through workspace.fs so that they land on the folder's own file system in remote windows and
// code-server as well. (An imported draft is written by the server: lsp/import.ts.)
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { t } from './l10n';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks before a file is replaced (it may have been opened and edited since). */
export async function askToReplace(target: vscode.Uri): Promise<boolean> {
  const overwrite = t('Overwrite');
  const answer = await vscode.window.showWarningMessage(
    t('{0} already exists. Overwrite it?', basename(target.fsPath)),
    { modal: true },
    overwrite,
  );
  return answer === overwrite;
}

/** True when `target` is free, or the officer said to replace it. */
export async function confirmOverwrite(target: vscode.Uri): Promise<boolean> {
  return !(await exists(target)) || askToReplace(target);
}

/**
 * Writes a whole file or none: under a random name beside the target, then renamed onto it, so
 * there is never half a file where the officer looks, and no link planted at a name one could
 * guess redirects the write. workspace.fs can neither create exclusively nor flush; the rename is
 * what it offers. `replace: false` refuses a file that appeared since it was checked.
 */
export async function writeWhole(
  target: vscode.Uri,
  data: Uint8Array,
  { replace }: { replace: boolean },
): Promise<void> {
  const partial = vscode.Uri.joinPath(
    target,
    '..',
    `.${basename(target.path)}.${randomBytes(8).toString('hex')}.part`,
  );
  try {
    await vscode.workspace.fs.writeFile(partial, data);
    await vscode.workspace.fs.rename(partial, target, { overwrite: replace });
  } catch (err) {
    await vscode.workspace.fs.delete(partial).then(undefined, () => undefined);
    throw err;
  }
}
