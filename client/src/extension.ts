// The CaseDraft extension: starts the language server (dist/server.js) for `casedraft` documents
// and adds what only an editor can do: new drafts from templates, DOCX export, the procedure
// timeline in a webview, and an error/warning count in the status bar. Checking is the server's.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
// Bundled by esbuild into dist/extension.js: the same data the server and the CLI use.
import doctypeData from '../../data/doctypes.json';
import templateData from '../../data/generated/templates.json';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerImport } from './import';
import { registerCaseView } from './caseView';

const LANGUAGE = 'casedraft';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE, scheme: 'file' },
      { language: LANGUAGE, scheme: 'untitled' },
    ],
    // The server pulls `casedraft.*` with workspace/configuration and registers for their changes.
    initializationOptions: { settings: vscode.workspace.getConfiguration('casedraft') },
  };
  client = new LanguageClient('casedraft', 'CaseDraft', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('casedraft.newDraft', () => newDraft()),
    vscode.commands.registerCommand('casedraft.exportDocx', (uri?: vscode.Uri) => exportDocx(context, uri)),
    vscode.commands.registerCommand('casedraft.exportPublic', (uri?: vscode.Uri) =>
      exportDocx(context, uri, { publicCopy: true }),
    ),
    vscode.commands.registerCommand('casedraft.showTimeline', (uri?: vscode.Uri) => showTimeline(uri)),
    statusBar(),
    registerImport(() => client),
    registerCaseView(() => client),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** The draft a command acts on: the one it was invoked on, else the active editor's. */
function targetDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === LANGUAGE ? doc : undefined;
}

const templates = templateData as Record<string, string>;

async function newDraft(): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    doctypeData.doctypes
      .filter((d) => templates[d.id])
      .map((d) => ({ label: d.name, description: d.id, id: d.id })),
    { placeHolder: vscode.l10n.t('Choose the type of document') },
  );
  if (!pick) return;
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE, content: templates[pick.id] });
  await vscode.window.showTextDocument(doc);
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
  const doc = targetDocument(uri);
  if (!doc || doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save the draft as a .case.md file first.'));
    return;
  }
  if (doc.isDirty) await doc.save();
  const input = doc.uri.fsPath;
  const output = join(
    dirname(input),
    basename(input)
      .replace(/\.case\.md$/i, '')
      .replace(/\.md$/i, '') + (publicCopy ? '.public.docx' : '.docx'),
  );
  // The DOCX may have been opened and edited in Word since the last export: never replace it unasked.
  if (existsSync(output)) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Overwrite it?', basename(output)),
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  // bin/casedraft.js is the command itself (dist/cli.js only exports main()).
  const cli = context.asAbsolutePath(join('bin', 'casedraft.js'));
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
        ],
        { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', CASEDRAFT_LOCALE: vscode.env.language } },
        (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 2) : 0, stdout, stderr }),
      );
    });
  let result = await run(false);
  if (result.code === 1) {
    const force = vscode.l10n.t('Export as draft (marked 草稿)');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('The draft has errors; fix them before the formal export.'),
      force,
    );
    if (answer !== force) return;
    result = await run(true);
  }
  if (result.code !== 0) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Export failed: {0}', (result.stderr || result.stdout).trim().split('\n')[0] ?? ''),
    );
    return;
  }
  const open = vscode.l10n.t('Reveal');
  if (
    (await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', basename(output)), open)) ===
    open
  ) {
    await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(output));
  }
}

const panels = new Map<string, vscode.WebviewPanel>();

/** The procedure timeline of a draft, redrawn by the server as the officer edits. */
async function showTimeline(uri?: vscode.Uri): Promise<void> {
  const doc = targetDocument(uri);
  if (!doc || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .case.md draft first.'));
    return;
  }
  const key = doc.uri.toString();
  let panel = panels.get(key);
  if (panel) panel.reveal();
  else {
    panel = vscode.window.createWebviewPanel(
      'casedraft.timeline',
      vscode.l10n.t('Timeline: {0}', basename(doc.uri.path)),
      vscode.ViewColumn.Beside,
      {
        enableScripts: false,
      },
    );
    panels.set(key, panel);
    let timer: NodeJS.Timeout | undefined;
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== key) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void render(panel!, key), 400);
    });
    panel.onDidDispose(() => {
      sub.dispose();
      if (timer) clearTimeout(timer);
      panels.delete(key);
    });
  }
  await render(panel, key);
}

async function render(panel: vscode.WebviewPanel, uri: string): Promise<void> {
  const result = await client!.sendRequest<{ svg: string } | null>('casedraft/timeline', { uri });
  const body = result?.svg ?? `<p>${vscode.l10n.t('No timeline for this draft.')}</p>`;
  // No scripts, no remote content: the SVG is drawn by the server from the draft alone.
  panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<style>body{background:#fff;margin:0;padding:8px;overflow:auto}svg{display:block}</style></head><body>${body}</body></html>`;
}

/** Errors and warnings of the active draft, from the server's diagnostics; a click opens Problems. */
function statusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  item.name = 'CaseDraft';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE) {
      item.hide();
      return;
    }
    const ds = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'casedraft');
    const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    item.text = `$(law) CaseDraft $(error) ${errors} $(warning) ${warnings}`;
    item.tooltip = vscode.l10n.t('CaseDraft: {0} errors, {1} warnings in this draft', errors, warnings);
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
