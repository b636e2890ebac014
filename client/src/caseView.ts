// The case view: the cases of the workspace (the drafts of a folder that are one case, docs/case.md)
// as a tree of cases → documents, each with its stage and error count; per case, its timeline, a
// new document pre-filled from the case, and the whole 卷宗 exported. Everything shown comes from
// the server (casedraft/cases, casedraft/caseTimeline, casedraft/newCaseDocument,
// casedraft/exportCase); this module draws it and writes files through VS Code.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import doctypeData from '../../data/doctypes.json';
// The shapes of the requests' answers (types only: nothing of the server is bundled here).
import type {
  CaseSummary,
  DocumentSummary,
  ExportCaseResult,
  NewCaseDocumentResult,
} from '../../server/src/lsp/cases';
import { confirmOverwrite, writeWhole } from './files';
import { t } from './l10n';
import { revealActions } from './reveal';
import type { Timelines } from './timeline';

type Node = { case: CaseSummary } | { document: DocumentSummary };

const CASE_CONTEXT = 'casedraftCase';

/** "2 个错误" style counts, or nothing when the document is clean. */
function counts(errors: number, warnings: number): string {
  if (errors && warnings) return t('{0} errors, {1} warnings', errors, warnings);
  if (errors) return t('{0} errors', errors);
  if (warnings) return t('{0} warnings', warnings);
  return '';
}

class CaseTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  cases: CaseSummary[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node && 'document' in node) return [];
    if (node) return node.case.documents.map((document) => ({ document }));
    const client = this.client();
    if (!client) return [];
    this.cases = (await client.sendRequest<{ cases: CaseSummary[] }>('casedraft/cases', {})).cases;
    return this.cases.map((c) => ({ case: c }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('case' in node) {
      const c = node.case;
      const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = c.id;
      item.contextValue = CASE_CONTEXT;
      item.description = [c.stage, c.caseNo, counts(c.errors, c.warnings)].filter(Boolean).join(' · ');
      item.tooltip = [c.title, c.caseNo, vscode.Uri.parse(c.folder).fsPath].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon(c.errors ? 'error' : 'law');
      return item;
    }
    const d = node.document;
    const item = new vscode.TreeItem(d.docNumber ? `${d.doctype} ${d.docNumber}` : d.doctype);
    item.id = d.uri;
    item.resourceUri = vscode.Uri.parse(d.uri);
    item.description = [d.stage, d.date, counts(d.errors, d.warnings)].filter(Boolean).join(' · ');
    item.tooltip = d.name;
    item.iconPath = new vscode.ThemeIcon(d.errors ? 'error' : d.warnings ? 'warning' : 'pass');
    item.command = { command: 'vscode.open', title: t('Open'), arguments: [item.resourceUri] };
    return item;
  }
}

/** The case a command acts on: the tree's node, else the active draft's case, else one the officer picks. */
async function pickCase(
  tree: CaseTree,
  client: LanguageClient,
  node?: Node,
): Promise<CaseSummary | undefined> {
  if (node && 'case' in node) return node.case;
  const { cases } = await client.sendRequest<{ cases: CaseSummary[] }>('casedraft/cases', {});
  tree.cases = cases;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const mine = cases.find((c) => c.documents.some((d) => d.uri === active));
  if (mine) return mine;
  if (!cases.length) {
    void vscode.window.showWarningMessage(t('No case documents (*.case.md) in the workspace.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    cases.map((c) => ({ label: c.title, description: [c.caseNo, c.stage].filter(Boolean).join(' · '), c })),
    { placeHolder: t('Choose the case') },
  );
  return pick?.c;
}

async function newCaseDocument(client: LanguageClient, c: CaseSummary): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    doctypeData.doctypes.map((d) => ({ label: d.name, description: d.id })),
    { placeHolder: t('Choose the type of document to add to {0}', c.title) },
  );
  if (!pick) return;
  const made = await client.sendRequest<NewCaseDocumentResult>('casedraft/newCaseDocument', {
    id: c.id,
    doctype: pick.label,
  });
  if ('error' in made) {
    void vscode.window.showErrorMessage(made.error);
    return;
  }
  const target = vscode.Uri.parse(made.target);
  if (!(await confirmOverwrite(target))) return;
  await writeWhole(target, new TextEncoder().encode(made.text), { replace: true });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

async function exportCase(client: LanguageClient, c: CaseSummary, force = false): Promise<void> {
  // The server checks the drafts as they are in the editor; unsaved ones are exported as shown.
  const result = await client.sendRequest<ExportCaseResult>('casedraft/exportCase', { id: c.id, force });
  if ('error' in result) {
    if (!result.errors.length) {
      void vscode.window.showErrorMessage(t('Export failed: {0}', result.error));
      return;
    }
    const asDraft = t('Export as draft (marked 草稿)');
    const problems = t('Show Problems');
    const answer = await vscode.window.showErrorMessage(result.error, asDraft, problems);
    if (answer === asDraft) await exportCase(client, c, true);
    else if (answer === problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const target = vscode.Uri.parse(result.target);
  if (!(await confirmOverwrite(target))) return;
  await writeWhole(target, Buffer.from(result.data, 'base64'), { replace: true });
  const shown = vscode.workspace.asRelativePath(target, false);
  const actions = await revealActions(target);
  const answer = await vscode.window.showInformationMessage(
    result.draft ? t('Wrote a draft marked 草稿 on every page: {0}', shown) : t('Wrote {0}', shown),
    ...actions.map((a) => a.title),
  );
  await actions.find((a) => a.title === answer)?.run();
}

/**
 * Registers the view and its commands; `client` is read when they run (the server may still be
 * starting). A case's timeline is the timeline panel's (timeline.ts), drawn for the whole case.
 */
export function registerCaseView(
  client: () => LanguageClient | undefined,
  timelines: Timelines,
): vscode.Disposable {
  const tree = new CaseTree(client);
  let timer: NodeJS.Timeout | undefined;
  const withCase =
    (run: (client: LanguageClient, c: CaseSummary) => Promise<void>) =>
    async (node?: Node): Promise<void> => {
      const c = client();
      if (!c) return;
      const picked = await pickCase(tree, c, node);
      if (picked) await run(c, picked);
    };
  return vscode.Disposable.from(
    vscode.window.createTreeView('casedraft.cases', { treeDataProvider: tree, showCollapseAll: true }),
    // Findings and stages change as drafts change: the server's diagnostics say when.
    vscode.languages.onDidChangeDiagnostics(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => tree.refresh(), 300);
    }),
    vscode.commands.registerCommand('casedraft.refreshCases', () => tree.refresh()),
    vscode.commands.registerCommand(
      'casedraft.showCaseTimeline',
      withCase(async (_, c) => timelines.showCase({ id: c.id, title: c.caseNo ?? c.title })),
    ),
    vscode.commands.registerCommand('casedraft.newCaseDocument', withCase(newCaseDocument)),
    vscode.commands.registerCommand(
      'casedraft.exportCase',
      withCase((c, picked) => exportCase(c, picked)),
    ),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
