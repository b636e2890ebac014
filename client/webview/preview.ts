// The print preview webview: shows the DOCX the host sends as A4 pages (docxPages.ts) and keeps
// the officer's place while the document is re-rendered as they type.
import { renderPages } from './docxPages';

interface RenderMessage {
  type: 'render';
  uri: string;
  /** The DOCX, base64. */
  docx: string;
  /** One line over the pages, already in the officer's language. */
  status: string;
  /** 「{0} 页」 in the officer's language. */
  pagesLabel: string;
  warning?: string;
}

interface ErrorMessage {
  type: 'error';
  uri: string;
  message: string;
}

const vscode = acquireVsCodeApi();
const pages = document.getElementById('pages')!;
const scratch = document.getElementById('scratch')!;
const status = document.getElementById('status')!;
const warning = document.getElementById('warning')!;
let queue: RenderMessage | undefined;
let busy = false;

/** Pages as wide as the panel allows, never larger than print size. */
function fit(): void {
  const page = pages.querySelector<HTMLElement>('section.page');
  if (!page) return;
  const scale = Math.min(1, (document.documentElement.clientWidth - 24) / page.offsetWidth);
  pages.style.zoom = String(scale);
}

async function render(m: RenderMessage): Promise<void> {
  const bytes = Uint8Array.from(atob(m.docx), (c) => c.charCodeAt(0));
  const scroll = document.documentElement.scrollHeight
    ? window.scrollY / document.documentElement.scrollHeight
    : 0;
  const r = await renderPages(bytes, pages, scratch);
  fit();
  window.scrollTo(0, scroll * document.documentElement.scrollHeight);
  status.textContent = `${m.status} · ${m.pagesLabel.replace('{0}', String(r.pages))}`;
  warning.textContent = m.warning ?? '';
  warning.hidden = !m.warning;
  document.body.dataset.pages = String(r.pages);
  document.body.dataset.linesPerPage = String(r.linesPerPage);
  vscode.postMessage({ type: 'rendered', pages: r.pages });
}

/** Renders the newest document; one render at a time, the ones in between are skipped. */
async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    while (queue) {
      const m = queue;
      queue = undefined;
      try {
        await render(m);
      } catch (err) {
        warning.textContent = String((err as Error)?.message ?? err);
        warning.hidden = false;
      }
    }
  } finally {
    busy = false;
  }
}

window.addEventListener('message', (e: MessageEvent<RenderMessage | ErrorMessage>) => {
  const m = e.data;
  vscode.setState({ uri: m.uri });
  if (m.type === 'render') {
    queue = m;
    void drain();
  } else if (m.type === 'error') {
    warning.textContent = m.message;
    warning.hidden = false;
  }
});
window.addEventListener('resize', fit);
vscode.postMessage({ type: 'ready' });
