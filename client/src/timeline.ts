// The procedure timeline of a draft in a webview beside it: the server draws it (casedraft/timeline)
// from the draft's current text; here it is fitted to the panel and coloured by the theme, redrawn
// as the officer types or switches language, and restored after a reload. A case's timeline
// (casedraft/caseTimeline: every document of the case on its date, docs/case.md) is the same
// panel, redrawn whenever the server publishes new findings, since it lists the case's findings.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { debounced, draftCommand, DraftPanels, savedUri } from './draftPanels';
import { onDidChangeLocale, t, uiLocale } from './l10n';
import { escapeHtml, page } from './webviewPage';

const VIEW_TYPE = 'casedraft.timeline';
const CASE_VIEW_TYPE = 'casedraft.caseTimeline';

/** What a panel shows: one draft's procedure, or a whole case's. */
type Shown = { uri: string } | { caseId: string; title: string };
const keyOf = (s: Shown) => ('uri' in s ? s.uri : s.caseId);

/** The case timelines' entry point, for the Cases view. */
export interface Timelines {
  showCase(c: { id: string; title: string }): void;
}

/**
 * The server's SVG carries fixed colours (it is also a standalone file from `casedraft timeline`);
 * CSS wins over SVG presentation attributes, so the theme's colours apply here.
 */
const STYLE = `
body { padding: 8px; }
svg { display: block; width: 100%; height: auto; min-width: 640px; max-width: 1400px; }
svg > rect:first-of-type { fill: var(--vscode-editor-background); }
svg text { fill: var(--vscode-foreground); }
svg > line { stroke: var(--vscode-foreground); }
svg g.step > line { stroke: var(--vscode-panel-border, #8886); }
svg g.step circle { fill: var(--vscode-charts-blue); }
svg g.step.has-findings circle:first-of-type { fill: var(--vscode-charts-red); }
svg g.step.has-findings circle + circle { fill: none; stroke: var(--vscode-charts-red); }
svg g.step.has-findings text:first-of-type, svg text.finding { fill: var(--vscode-errorForeground); }
svg g.step text + text { fill: var(--vscode-descriptionForeground); }
svg g.deadline.met rect, svg g.deadline.met line { fill: var(--vscode-charts-green); stroke: var(--vscode-charts-green); }
svg g.deadline.missed rect, svg g.deadline.missed line { fill: var(--vscode-charts-red); stroke: var(--vscode-charts-red); }
svg g.deadline.open rect, svg g.deadline.open line { fill: var(--vscode-disabledForeground); stroke: var(--vscode-disabledForeground); }
svg g.deadline.met text { fill: var(--vscode-charts-green); }
svg g.deadline.missed text { fill: var(--vscode-charts-red); }
svg g.deadline.open text { fill: var(--vscode-descriptionForeground); }
svg g.holiday rect { fill: var(--vscode-charts-yellow); fill-opacity: 0.18; stroke: none; }
svg g.holiday.workday rect { fill: var(--vscode-charts-blue); }
svg g.holiday text { fill: var(--vscode-descriptionForeground); }
`;

export function registerTimeline(context: vscode.ExtensionContext, client: LanguageClient): Timelines {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'state.js');
  const options = {
    // One script (dist/webview/state.js) that records what the panel shows, for the serializer.
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
  };

  const render = async (panel: vscode.WebviewPanel, shown: Shown) => {
    const [method, params] =
      'uri' in shown
        ? ['casedraft/timeline', { uri: shown.uri }]
        : ['casedraft/caseTimeline', { id: shown.caseId }];
    let svg: string | undefined;
    try {
      svg = (await client.sendRequest<{ svg: string } | null>(method, params))?.svg;
    } catch {
      svg = undefined;
    }
    panel.title =
      'uri' in shown
        ? t('Timeline: {0}', basename(vscode.Uri.parse(shown.uri).path))
        : t('Case timeline: {0}', shown.title);
    const none = 'uri' in shown ? t('No timeline for this draft.') : t('No timeline for this case.');
    // The SVG is drawn by the server from the drafts alone, their text escaped there.
    panel.webview.html = page({
      body: svg ?? `<p>${escapeHtml(none)}</p>`,
      lang: uiLocale() === 'en' ? 'en' : 'zh-CN',
      style: STYLE,
      script: { webview: panel.webview, src: script },
      // (data-* names are lower case in HTML: `case`, not `caseId`.)
      bodyData: 'uri' in shown ? { uri: shown.uri } : { case: shown.caseId, title: shown.title },
    });
  };

  const attach = (panel: vscode.WebviewPanel, shown: Shown): vscode.Disposable[] => {
    const redraw = debounced(400, () => void render(panel, shown));
    const subs = [
      redraw,
      'uri' in shown
        ? vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === shown.uri && redraw())
        : // A case's drafts change anywhere in its folder, open or not; the server's findings say when.
          vscode.languages.onDidChangeDiagnostics(redraw),
      // A new language, or settings that change the periods (thresholds, working days): redraw.
      onDidChangeLocale(redraw),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('casedraft') && redraw()),
    ];
    void render(panel, shown);
    return subs;
  };

  const kind = { options, preserveFocus: true, key: keyOf, attach };
  const drafts = new DraftPanels<Shown>({
    ...kind,
    viewType: VIEW_TYPE,
    restore: (state) => {
      const uri = savedUri(state);
      return uri ? { uri } : undefined;
    },
  });
  const cases = new DraftPanels<Shown>({
    ...kind,
    viewType: CASE_VIEW_TYPE,
    restore: (state) => {
      const s = state as { case?: unknown; title?: unknown } | undefined;
      return typeof s?.case === 'string' && s.case
        ? { caseId: s.case, title: typeof s.title === 'string' ? s.title : '' }
        : undefined;
    },
  });

  context.subscriptions.push(
    drafts,
    cases,
    draftCommand('casedraft.showTimeline', (doc) =>
      drafts.show({ uri: doc.uri.toString() }, t('Timeline: {0}', basename(doc.uri.path))),
    ),
  );
  return {
    showCase: (c) => cases.show({ caseId: c.id, title: c.title }, t('Case timeline: {0}', c.title)),
  };
}
