// The procedure timeline of a draft in a webview beside it: the server draws it (casedraft/timeline)
// from the draft's current text; here it is fitted to the panel and coloured by the theme, redrawn
// as the officer types or switches language, and restored after a reload.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { targetDraft } from './exportDocx';
import { onDidChangeLocale, t, uiLocale } from './l10n';
import { escapeHtml, page } from './webviewPage';

const VIEW_TYPE = 'casedraft.timeline';

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

export function registerTimeline(context: vscode.ExtensionContext, client: LanguageClient): void {
  const panels = new Map<string, vscode.WebviewPanel>();
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'state.js');
  const options = {
    // One script (dist/webview/state.js) that records the draft's uri for the serializer.
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
  };

  const render = async (panel: vscode.WebviewPanel, uri: string) => {
    let svg: string | undefined;
    try {
      svg = (await client.sendRequest<{ svg: string } | null>('casedraft/timeline', { uri }))?.svg;
    } catch {
      svg = undefined;
    }
    panel.title = t('Timeline: {0}', basename(vscode.Uri.parse(uri).path));
    // The SVG is drawn by the server from the draft alone, its text escaped there.
    const body = svg ?? `<p>${escapeHtml(t('No timeline for this draft.'))}</p>`;
    panel.webview.html = page({
      body,
      lang: uiLocale() === 'en' ? 'en' : 'zh-CN',
      style: STYLE,
      script: { webview: panel.webview, src: script },
      bodyData: { uri },
    });
  };

  const attach = (panel: vscode.WebviewPanel, uri: string) => {
    panels.set(uri, panel);
    let timer: NodeJS.Timeout | undefined;
    const redraw = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void render(panel, uri), 400);
    };
    const subs = [
      vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === uri && redraw()),
      // A new language, or settings that change the periods (thresholds, working days): redraw.
      onDidChangeLocale(redraw),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('casedraft') && redraw()),
    ];
    panel.onDidDispose(() => {
      for (const s of subs) s.dispose();
      if (timer) clearTimeout(timer);
      panels.delete(uri);
    });
    void render(panel, uri);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('casedraft.showTimeline', async (target?: vscode.Uri) => {
      const doc = await targetDraft(target);
      if (!doc) {
        void vscode.window.showWarningMessage(t('Open a .case.md draft first.'));
        return;
      }
      const uri = doc.uri.toString();
      const open = panels.get(uri);
      if (open) {
        open.reveal();
        return;
      }
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        t('Timeline: {0}', basename(doc.uri.path)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        options,
      );
      attach(panel, uri);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: { uri?: string } | undefined) {
        if (!state?.uri) {
          panel.dispose();
          return;
        }
        panel.webview.options = options;
        attach(panel, state.uri);
      },
    }),
  );
}
