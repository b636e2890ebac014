// Export to DOCX and the publication copy. The DOCX is written beside the draft; the notice says
// which file was written (the public copy is named and marked as such) and offers what the host
// can do with it: the print preview here, and revealing the file where the host supports that.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE } from './languageServer';
import { t } from './l10n';
import { revealActions } from './reveal';

export function registerExport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('casedraft.exportDocx', (uri?: vscode.Uri) => exportDocx(context, uri)),
    vscode.commands.registerCommand('casedraft.exportPublic', (uri?: vscode.Uri) =>
      exportDocx(context, uri, { publicCopy: true }),
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
 * Runs the bundled CLI (`casedraft export`, or `--public` for the publication copy) on the saved
 * draft, so the DOCX matches the command line's.
 */
async function exportDocx(
  context: vscode.ExtensionContext,
  uri?: vscode.Uri,
  { publicCopy = false } = {},
): Promise<void> {
  const doc = await targetDraft(uri);
  if (!doc || doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(t('Save the draft as a .case.md file first.'));
    return;
  }
  if (doc.isDirty) await doc.save();
  const input = doc.uri.fsPath;
  const output = outputFor(input, publicCopy);
  // The DOCX may have been opened and edited in Word since the last export: never replace it unasked.
  if (existsSync(output)) {
    const overwrite = t('Overwrite');
    const answer = await vscode.window.showWarningMessage(
      t('{0} already exists. Overwrite it?', basename(output)),
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  // bin/casedraft.js is the command itself (dist/cli.js only exports main()).
  const cli = context.asAbsolutePath(join('bin', 'casedraft.js'));
  const locale = vscode.workspace.getConfiguration('casedraft').get<string>('locale');
  const run = (force: boolean) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      // The extension host may be Electron: ELECTRON_RUN_AS_NODE makes its binary a plain Node.
      execFile(
        process.execPath,
        [
          cli,
          'export',
          input,
          '-o',
          output,
          ...(publicCopy ? ['--public'] : []),
          ...(force ? ['--force'] : []),
          ...(locale === 'en' || locale === 'zh-cn' ? ['--locale', locale] : []),
        ],
        { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', CASEDRAFT_LOCALE: '' } },
        (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 2) : 0, stdout, stderr }),
      );
    });
  let result = await run(false);
  let draft = false;
  if (result.code === 1) {
    const force = t('Export as draft (marked 草稿)');
    const answer = await vscode.window.showWarningMessage(
      t('The draft has errors; fix them before the formal export.'),
      force,
    );
    if (answer !== force) return;
    result = await run(true);
    draft = true;
  }
  if (result.code !== 0) {
    void vscode.window.showErrorMessage(
      t('Export failed: {0}', (result.stderr || result.stdout).trim().split('\n')[0] ?? ''),
    );
    return;
  }
  const written = vscode.Uri.file(output);
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
