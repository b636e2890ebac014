// Renders DOCX bytes as printed pages in a webview: docx-preview turns the document into HTML
// (page size and margins from the section, fonts, headers, footers), and this module cuts its
// text into pages the way the document's line grid does, numbers them in the footer, and restores
// what docx-preview leaves out (run character spacing, the PAGE field).
import { renderAsync } from 'docx-preview';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface RenderedPages {
  pages: number;
  /** Lines a page holds and the line pitch, as read from the rendered grid. */
  linesPerPage: number;
}

/**
 * Renders `bytes` into `into` as separate pages. `scratch` is an off-screen element docx-preview
 * renders the whole document into before it is cut up.
 */
export async function renderPages(
  bytes: Uint8Array,
  into: HTMLElement,
  scratch: HTMLElement,
): Promise<RenderedPages> {
  scratch.replaceChildren();
  const style = document.createElement('div');
  await renderAsync(bytes, scratch, style, {
    inWrapper: false,
    className: 'docx',
    breakPages: true,
    renderHeaders: true,
    renderFooters: true,
    ignoreLastRenderedPageBreak: false,
    useBase64URL: true,
  });
  scratch.prepend(style);
  await restoreCharacterSpacing(bytes, scratch);
  const out: HTMLElement[] = [];
  let linesPerPage = 0;
  for (const section of scratch.querySelectorAll<HTMLElement>('section.docx')) {
    const cut = cutIntoPages(section, out.length);
    linesPerPage = cut.linesPerPage;
    out.push(...cut.pages);
  }
  into.replaceChildren(style.cloneNode(true), ...out);
  scratch.replaceChildren();
  return { pages: out.length, linesPerPage };
}

const px = (v: string) => parseFloat(v) || 0;

/** The line pitch most of the document's paragraphs use (exact line heights, on the grid). */
function linePitch(article: HTMLElement): number {
  const counts = new Map<number, number>();
  for (const p of article.querySelectorAll<HTMLElement>('p')) {
    const lh = px(getComputedStyle(p).lineHeight);
    if (lh > 0) counts.set(lh, (counts.get(lh) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function cutIntoPages(section: HTMLElement, before: number): { pages: HTMLElement[]; linesPerPage: number } {
  const cs = getComputedStyle(section);
  const pageHeight = px(cs.minHeight);
  const [top, right, bottom, left] = [cs.paddingTop, cs.paddingRight, cs.paddingBottom, cs.paddingLeft].map(
    px,
  );
  const width = px(cs.width);
  const article = section.querySelector<HTMLElement>(':scope > article')!;
  const header = section.querySelector<HTMLElement>(':scope > header');
  const footer = section.querySelector<HTMLElement>(':scope > footer');
  const text = pageHeight - top! - bottom!;
  const pitch = linePitch(article);
  // A page holds whole lines: the text area cut at the last line that fits.
  const lines = pitch ? Math.floor((text + 0.5) / pitch) : 0;
  const usable = lines ? lines * pitch : text;
  const height = article.getBoundingClientRect().height;
  const count = Math.max(1, Math.ceil((height - 0.5) / usable));
  const pages: HTMLElement[] = [];
  for (let i = 0; i < count; i++) {
    const page = document.createElement('section');
    page.className = 'page';
    page.style.cssText = `width:${width}px;height:${pageHeight}px;padding:${top}px ${right}px ${bottom}px ${left}px`;
    page.dataset.page = String(before + i + 1);
    // Header and footer keep docx-preview's placement: negative margins into the page margins.
    if (header) page.append(header.cloneNode(true));
    const view = document.createElement('div');
    view.className = 'text-area';
    view.style.height = `${usable}px`;
    const slice = article.cloneNode(true) as HTMLElement;
    slice.style.marginTop = `${-i * usable}px`;
    view.append(slice);
    page.append(view);
    if (footer) page.append(numbered(footer, before + i + 1));
    pages.push(page);
  }
  return { pages, linesPerPage: lines };
}

/**
 * The footer of page `n`: its PAGE field (which docx-preview renders empty, leaving 「— 」「 —」)
 * holds the number, and even pages mirror odd ones (GB/T 9704: odd right, even left).
 */
function numbered(footer: HTMLElement, n: number): HTMLElement {
  const el = footer.cloneNode(true) as HTMLElement;
  for (const p of el.querySelectorAll<HTMLElement>('p')) {
    const spans = [...p.querySelectorAll<HTMLElement>('span')];
    if (/^\s*—\s*—\s*$/.test(p.textContent ?? '') && spans.length >= 2) {
      const num = spans[0]!.cloneNode() as HTMLElement;
      num.textContent = String(n);
      num.className = 'page-number';
      spans[0]!.after(num);
    }
    if (n % 2 === 0 && p.style.textAlign === 'right') {
      p.style.textAlign = 'left';
      p.style.marginInlineStart = p.style.marginInlineEnd;
      p.style.marginInlineEnd = '';
    }
  }
  return el;
}

/**
 * docx-preview ignores a run's character spacing (w:rPr/w:spacing), which is what puts 28
 * characters on a line: read it from document.xml and give each paragraph's spans their value.
 */
async function restoreCharacterSpacing(bytes: Uint8Array, root: HTMLElement): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) return;
  const body = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagNameNS(W, 'body')[0];
  if (!body) return;
  const spacing = [...body.getElementsByTagNameNS(W, 'p')].map((p) => {
    const s = p.getElementsByTagNameNS(W, 'rPr')[0]?.getElementsByTagNameNS(W, 'spacing')[0];
    const v = s?.getAttributeNS(W, 'val') ?? s?.getAttribute('w:val');
    return v ? Number(v) / 20 : 0;
  });
  const paragraphs = root.querySelectorAll<HTMLElement>('section.docx > article p');
  if (paragraphs.length !== spacing.length) return; // not the 1:1 rendering this relies on
  paragraphs.forEach((p, i) => {
    if (spacing[i])
      for (const s of p.querySelectorAll<HTMLElement>('span')) s.style.letterSpacing = `${spacing[i]}pt`;
  });
}
