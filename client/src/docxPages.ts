// A webview that shows DOCX bytes as printed pages (dist/webview/preview.js: docx-preview plus the
// page cutting of client/webview/docxPages.ts). Used by the print preview beside a draft and by
// the viewer of .docx files.
import * as vscode from 'vscode';
import { t, uiLocale } from './l10n';
import { page } from './webviewPage';

const STYLE = `
body { padding: 0; background: var(--vscode-editorWidget-background, #8883); }
#bar { position: sticky; top: 0; z-index: 2; padding: 4px 12px; background: var(--vscode-editor-background);
  border-bottom: 1px solid var(--vscode-panel-border, #8884); font-size: 12px; }
#warning { color: var(--vscode-editorWarning-foreground); margin-left: 8px; }
#pages { padding: 12px 0; }
#scratch { position: absolute; left: -20000px; top: 0; visibility: hidden; }
/* Paper stays white and ink black whatever the theme: this is what prints. */
section.page { box-sizing: border-box; background: #fff; color: #000; margin: 0 auto 16px; display: flex;
  flex-flow: column nowrap; overflow: hidden; position: relative; box-shadow: 0 1px 6px #0005; }
section.page .text-area { overflow: hidden; flex: none; }
section.page .text-area > article { margin: 0; }
`;

/** Official fonts first where installed, then what a machine without them has of the same kind. */
const FONTS = `
@font-face { font-family: "仿宋_GB2312"; src: local("仿宋_GB2312"), local("FangSong_GB2312"), local("仿宋"), local("FangSong"), local("STFangsong"), local("Noto Serif CJK SC"), local("Noto Sans CJK SC"); }
@font-face { font-family: "仿宋"; src: local("仿宋"), local("FangSong"), local("STFangsong"), local("Noto Serif CJK SC"), local("Noto Sans CJK SC"); }
@font-face { font-family: "方正小标宋简体"; src: local("方正小标宋简体"), local("FZXiaoBiaoSong-B05S"), local("宋体"), local("SimSun"), local("STSong"), local("Noto Serif CJK SC"), local("Noto Sans CJK SC"); }
@font-face { font-family: "楷体_GB2312"; src: local("楷体_GB2312"), local("楷体"), local("KaiTi"), local("STKaiti"), local("Noto Serif CJK SC"), local("Noto Sans CJK SC"); }
@font-face { font-family: "黑体"; src: local("黑体"), local("SimHei"), local("STHeiti"), local("Noto Sans CJK SC"); }
@font-face { font-family: "宋体"; src: local("宋体"), local("SimSun"), local("STSong"), local("Noto Serif CJK SC"), local("Noto Sans CJK SC"); }
`;

export const docxWebviewOptions = (extensionUri: vscode.Uri): vscode.WebviewOptions => ({
  enableScripts: true,
  localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
});

export function docxPagesHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return page({
    body: `<div id="bar"><span id="status">${t('Rendering…')}</span><span id="warning" hidden></span></div><div id="pages"></div><div id="scratch"></div>`,
    className: 'docx-pages',
    lang: uiLocale() === 'en' ? 'en' : 'zh-CN',
    style: FONTS + STYLE,
    script: { webview, src: vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js') },
  });
}

export interface PagesMessage {
  uri: string;
  docx: Uint8Array;
  status: string;
  warning?: string;
}

export function postPages(webview: vscode.Webview, m: PagesMessage): Thenable<boolean> {
  return webview.postMessage({
    type: 'render',
    uri: m.uri,
    docx: Buffer.from(m.docx).toString('base64'),
    status: m.status,
    pagesLabel: t('{0} page(s)'),
    warning: m.warning,
  });
}
