// The HTML shell of every CaseDraft webview: a strict Content Security Policy (nothing remote, no
// inline script; scripts only from the extension's dist/ with a nonce) and the theme's colours.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export interface PageOptions {
  body: string;
  className?: string;
  lang?: string;
  /** The webview and the bundled script (dist/webview/<name>.js) it runs, if any. */
  script?: { webview: vscode.Webview; src: vscode.Uri };
  /** Extra CSS, after the theme's. */
  style?: string;
  /** `data-*` attributes of the body, for the page's script. */
  bodyData?: Record<string, string>;
}

/** Text for HTML: the draft's words must never become markup. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const THEME = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.6;
  margin: 0; padding: 0 20px 20px; }
a { color: var(--vscode-textLink-foreground); }
code, pre { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
pre { padding: 8px 10px; overflow-x: auto; white-space: pre-wrap; }
code { padding: 1px 3px; border-radius: 3px; }
pre code { padding: 0; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 3px 8px; vertical-align: top; }
h1 { font-size: 1.5em; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 4px; }
h2 { font-size: 1.2em; margin-top: 1.4em; }
input, select, textarea, button { font: inherit; color: var(--vscode-input-foreground);
  background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8886); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none;
  padding: 4px 12px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
`;

export function page(o: PageOptions): string {
  const nonce = randomBytes(16).toString('base64');
  const scriptSrc = o.script ? ` 'nonce-${nonce}'` : '';
  const csp = [
    "default-src 'none'",
    // Styles: inline ones (the theme above, docx-preview's generated styles) and nothing remote.
    `style-src 'unsafe-inline'${o.script ? ` ${o.script.webview.cspSource}` : ''}`,
    `img-src data: blob:${o.script ? ` ${o.script.webview.cspSource}` : ''}`,
    `font-src data:${o.script ? ` ${o.script.webview.cspSource}` : ''}`,
    o.script ? `script-src${scriptSrc}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const script = o.script
    ? `<script nonce="${nonce}" src="${o.script.webview.asWebviewUri(o.script.src).toString()}"></script>`
    : '';
  const data = Object.entries(o.bodyData ?? {})
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<!DOCTYPE html><html lang="${o.lang ?? 'zh-CN'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${THEME}${o.style ?? ''}</style></head><body class="${o.className ?? ''}"${data}>${o.body}${script}</body></html>`;
}
