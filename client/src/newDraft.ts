// "New Draft from Template": the type of document, the case's name and its folder; writes
// `<folder>/<name>.case.md` from the template and opens it. A draft on disk under the .case.md
// name is checked from the first keystroke and can be exported; an untitled one was neither.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import doctypeData from '../../data/doctypes.json';
import templateData from '../../data/generated/templates.json';
import { exists, writeWhole } from './files';
import { LANGUAGE } from './languageServer';
import { t } from './l10n';

const templates = templateData as Record<string, string>;
/** Characters no file name may hold on Windows, macOS or Linux. */
const BAD_NAME = /[\\/:*?"<>|\u0000-\u001f]/;

export function registerNewDraft(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('casedraft.newDraft', newDraft));
}

async function newDraft(): Promise<void> {
  const type = await vscode.window.showQuickPick(
    doctypeData.doctypes.filter((d) => templates[d.id]).map((d) => ({ label: d.name, id: d.id })),
    { title: t('New Draft from Template'), placeHolder: t('Choose the type of document') },
  );
  if (!type) return;
  const name = await vscode.window.showInputBox({
    title: t('New Draft from Template'),
    prompt: t("The case's name; the draft is saved as <name>.case.md"),
    placeHolder: t('e.g. 恒达建设扬尘案'),
    validateInput: (v) =>
      !v.trim()
        ? t('Give the case a name.')
        : BAD_NAME.test(v)
          ? t('A file name cannot contain \\ / : * ? " < > |')
          : undefined,
  });
  if (!name) return;
  const folder = await chooseFolder();
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder, `${name.trim().replace(/\.case\.md$|\.md$/i, '')}.case.md`);
  if (await exists(target)) {
    const open = t('Open it');
    const answer = await vscode.window.showWarningMessage(
      t('{0} already exists in that folder.', target.path.split('/').pop()!),
      open,
    );
    if (answer === open) await vscode.window.showTextDocument(target);
    return;
  }
  await writeWhole(target, Buffer.from(fillTemplate(templates[type.id]!, name.trim()), 'utf8'), {
    replace: false,
  });
  const doc = await vscode.workspace.openTextDocument(target);
  if (doc.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  await vscode.window.showTextDocument(doc);
}

/** A name that reads as a 案由 (「恒达建设扬尘案」) fills the template's 案由 placeholder. */
export function fillTemplate(template: string, name: string): string {
  if (!name.endsWith('案')) return template;
  const value = /[:#'"[\]{}&*!|>%@`,]|^\s|\s$/.test(name) ? JSON.stringify(name) : name;
  return template.replace(/^案由: .*$/m, `案由: ${value}`);
}

interface FolderPick extends vscode.QuickPickItem {
  uri?: vscode.Uri;
}

/** The active draft's folder and the workspace folders first; any other folder through the dialog. */
async function chooseFolder(): Promise<vscode.Uri | undefined> {
  const picks: FolderPick[] = [];
  const seen = new Set<string>();
  const add = (uri: vscode.Uri, description: string) => {
    if (seen.has(uri.toString())) return;
    seen.add(uri.toString());
    picks.push({ label: vscode.workspace.asRelativePath(uri, true) || uri.fsPath, description, uri });
  };
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file')
    add(active.with({ path: dirname(active.path) }), t("the open draft's folder"));
  for (const f of vscode.workspace.workspaceFolders ?? []) add(f.uri, t('workspace folder'));
  const other: FolderPick = { label: t('Choose another folder…') };
  const pick = picks.length
    ? await vscode.window.showQuickPick([...picks, other], {
        title: t('New Draft from Template'),
        placeHolder: t('Where should the draft be saved?'),
      })
    : other;
  if (!pick) return undefined;
  if (pick.uri) return pick.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: t('Save the draft here'),
    defaultUri: picks[0]?.uri,
  });
  return chosen?.[0];
}
