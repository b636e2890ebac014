// A draft saved as 「恒达建设扬尘案.md」 (not .case.md) used to stop being checked without a word.
// A Markdown file whose front matter names a 文书 is offered to be checked: renamed to .case.md
// (so the workspace scan, export and the CLI see it too), or checked in place for this session.
import * as vscode from 'vscode';
import { LANGUAGE } from './languageServer';
import { t } from './l10n';

const DECLINED = 'casedraft.adoptDeclined';
/** Front matter at the very start of the file with a `文书:` key. */
const DRAFT_FRONT_MATTER = /^\uFEFF?---\r?\n(?:(?!---\r?\n)[^\n]*\n)*?文书\s*:/;

export function isUnrecognisedDraft(doc: vscode.TextDocument): boolean {
  return (
    doc.languageId === 'markdown' &&
    !/\.case\.md$/i.test(doc.uri.path) &&
    DRAFT_FRONT_MATTER.test(doc.getText(new vscode.Range(0, 0, 80, 0)))
  );
}

export function registerAdoptMarkdown(context: vscode.ExtensionContext): void {
  const asked = new Set<string>();
  const offer = async (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (asked.has(key) || !isUnrecognisedDraft(doc)) return;
    const declined = context.workspaceState.get<string[]>(DECLINED, []);
    if (declined.includes(key)) return;
    asked.add(key);
    const name = doc.uri.path.split('/').pop()!;
    const newName = name.replace(/\.(md|markdown)$/i, '') + '.case.md';
    const rename = t('Rename to {0}', newName);
    const once = t('Check it without renaming');
    const never = t('Not a draft');
    const answer = await vscode.window.showWarningMessage(
      t(
        '{0} is a CaseDraft draft (its front matter names a 文书), but only *.case.md files are checked.',
        name,
      ),
      rename,
      once,
      never,
    );
    if (answer === rename && doc.uri.scheme === 'file') {
      const target = vscode.Uri.joinPath(doc.uri, '..', newName);
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(doc.uri, target, { overwrite: false });
      if (doc.isDirty) await doc.save();
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(t('Could not rename {0} to {1}.', name, newName));
        return;
      }
      const renamed = await vscode.workspace.openTextDocument(target);
      if (renamed.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(renamed, LANGUAGE);
      await vscode.window.showTextDocument(renamed);
    } else if (answer === once || (answer === rename && doc.uri.scheme !== 'file')) {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    } else if (answer === never) {
      await context.workspaceState.update(DECLINED, [...declined, key]);
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void offer(d)),
    vscode.window.onDidChangeActiveTextEditor((e) => e && void offer(e.document)),
  );
  for (const d of vscode.workspace.textDocuments) void offer(d);
}
