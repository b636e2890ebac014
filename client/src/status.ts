// What applies to the active draft, where an officer looks for it: a language status item (the
// casedraft.config.json in force or the defaults, its errors, "checking N drafts…" while the
// server scans the workspace) and a status bar count of the draft's errors and warnings.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE } from './languageServer';
import { onDidChangeLocale, setConfigLocale, t } from './l10n';

/** `casedraft/status`: what the server applies to a draft. */
export interface DraftStatus {
  /** The casedraft.config.json in force (a file path), or null for the defaults. */
  config: string | null;
  /** What was wrong in that file or the files it names; those parts are not applied. */
  problems: string[];
  locale: 'zh-cn' | 'en';
}

/** `casedraft/scan`: drafts of the workspace still to be checked (0: done). */
export interface ScanProgress {
  pending: number;
  total: number;
}

export function registerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('casedraft.config', { language: LANGUAGE });
  item.name = 'CaseDraft';
  let scan: ScanProgress = { pending: 0, total: 0 };
  let status: DraftStatus | undefined;

  const show = () => {
    if (scan.pending > 0) {
      item.busy = true;
      item.text = t('Checking {0} drafts…', scan.pending);
      item.detail = t('{0} of {1} checked', scan.total - scan.pending, scan.total);
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    item.busy = false;
    const file = status?.config ? vscode.workspace.asRelativePath(status.config) : undefined;
    item.text = file ? `$(settings) ${file}` : t('CaseDraft defaults');
    item.detail = status?.problems.length
      ? t('{0} problem(s) in the configuration: {1}', status.problems.length, status.problems.join('; '))
      : file
        ? t('The configuration that applies to this draft')
        : t('No casedraft.config.json applies to this draft');
    item.severity = status?.problems.length
      ? vscode.LanguageStatusSeverity.Error
      : vscode.LanguageStatusSeverity.Information;
    item.command = { title: t('Open Configuration'), command: 'casedraft.openConfig' };
  };

  let timer: NodeJS.Timeout | undefined;
  const refresh = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc?.languageId !== LANGUAGE) return;
      try {
        status = await client.sendRequest<DraftStatus>('casedraft/status', { uri: doc.uri.toString() });
        setConfigLocale(status.locale);
      } catch {
        status = undefined; // a server without the request (or restarting): show the defaults
      }
      show();
    }, 100);
  };

  context.subscriptions.push(
    item,
    client.onNotification('casedraft/scan', (p: ScanProgress) => {
      scan = p;
      show();
      if (!p.pending) refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    // A config change re-checks the drafts: their diagnostics arrive again.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) refresh();
    }),
    onDidChangeLocale(show),
    problemCount(),
  );
  show();
  refresh();
}

/** Errors and warnings of the active draft, from the server's diagnostics; a click opens Problems. */
function problemCount(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('casedraft.problems', vscode.StatusBarAlignment.Left, 100);
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
    item.tooltip = t('CaseDraft: {0} errors, {1} warnings in this draft', errors, warnings);
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    onDidChangeLocale(update),
  );
}
