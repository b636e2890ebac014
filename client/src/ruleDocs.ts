// A finding's rule link, and links between docs pages, open the page rendered in a webview: the
// build renders docs/**/*.md to dist/docs/**/*.html (scripts/docs-html.mjs), which the .vsix ships.
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { t } from './l10n';
import { page } from './webviewPage';

const COMMAND = 'casedraft.showDoc';

/** The link a finding of rule `id` carries in the Problems panel and the hover. */
export function ruleDocCommandUri(id: string): vscode.Uri {
  return docCommandUri(`docs/rules/${id}.md`);
}

function docCommandUri(docPath: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMAND}?${encodeURIComponent(JSON.stringify([docPath]))}`);
}

export function registerDocs(context: vscode.ExtensionContext): void {
  let panel: vscode.WebviewPanel | undefined;
  const show = (docPath: string) => {
    const file = context.asAbsolutePath(`dist/${docPath.replace(/\.md$/, '.html')}`);
    if (!/^docs\/[\w/.-]+\.md$/.test(docPath) || docPath.includes('..') || !existsSync(file)) {
      void vscode.window.showWarningMessage(t('CaseDraft has no page {0}.', docPath));
      return;
    }
    const body = readFileSync(file, 'utf8');
    const title = /<h1>(.*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, '') ?? docPath;
    if (!panel) {
      panel = vscode.window.createWebviewPanel('casedraft.doc', title, vscode.ViewColumn.Beside, {
        // Only the links between pages run a command, and only this one.
        enableCommandUris: [COMMAND],
        enableFindWidget: true,
      });
      panel.onDidDispose(() => (panel = undefined));
    } else panel.reveal(undefined, true);
    panel.title = title;
    panel.webview.html = page({ body, className: 'doc', lang: 'zh-CN' });
  };
  context.subscriptions.push(vscode.commands.registerCommand(COMMAND, show));
}
