/**
 * HTML → paragraphs, for web pages and for the HTML mammoth makes of a DOCX: one path for both.
 * rehype-parse is a spec-compliant HTML parser (parse5); hast-util-to-text gives the text a
 * browser shows (CSS white-space collapsing, hidden elements dropped, `<br>` as a break).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SourceParagraph } from './source';

/** Never rendered: scripts, styles, forms' internals, the head. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'select',
  'button',
  'svg',
]);
const HEADING = /^h([1-6])$/;
/** Elements whose contents the walker must look inside rather than read as one run of text. */
const STRUCTURE = new Set(['table', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export function htmlParagraphs(html: string): SourceParagraph[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const out: SourceParagraph[] = [];
  let tables = 0;
  const push = (p: Omit<SourceParagraph, 'n'>) => {
    for (const line of p.text.split('\n')) {
      const text = tidy(line);
      if (text) out.push({ ...p, text, n: out.length + 1 });
    }
  };

  const walk = (nodes: readonly (RootContent | ElementContent)[], ordered?: boolean): void => {
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.length) push({ kind: 'paragraph', text: textOf(run) });
      run = [];
    };
    for (const node of nodes) {
      if (node.type !== 'element') {
        if (node.type === 'text') run.push(node);
        continue;
      }
      const tag = node.tagName;
      if (SKIP.has(tag)) continue;
      if (!containsStructure(node)) {
        run.push(node);
        continue;
      }
      flush();
      const h = HEADING.exec(tag);
      if (h) push({ kind: 'heading', level: Number(h[1]), text: toText(node) });
      else if (tag === 'table') readTable(node, tables++, push);
      else if (tag === 'ol' || tag === 'ul') walk(node.children, tag === 'ol');
      else if (tag === 'li') readItem(node, ordered ?? false, push, walk);
      else walk(node.children, ordered);
    }
    flush();
  };
  walk(tree.children);
  return out;
}

function containsStructure(node: Element): boolean {
  if (STRUCTURE.has(node.tagName)) return true;
  return node.children.some((c) => c.type === 'element' && !SKIP.has(c.tagName) && containsStructure(c));
}

/** The text of a run of inline and block nodes, as a browser would lay them out. */
function textOf(nodes: ElementContent[]): string {
  return toText({ type: 'element', tagName: 'div', properties: {}, children: nodes });
}

type Push = (p: Omit<SourceParagraph, 'n'>) => void;

function readItem(
  li: Element,
  ordered: boolean,
  push: Push,
  walk: (nodes: ElementContent[], ordered?: boolean) => void,
): void {
  // The item's own text first, then any list nested in it.
  const own = li.children.filter((c) => !(c.type === 'element' && containsStructure(c)));
  const nested = li.children.filter((c) => c.type === 'element' && containsStructure(c));
  const text = textOf(own);
  const lines = text.split('\n').map(tidy).filter(Boolean);
  lines.forEach((line, i) =>
    push(i === 0 ? { kind: 'listItem', ordered, text: line } : { kind: 'paragraph', text: line }),
  );
  walk(nested, ordered);
}

function readTable(table: Element, index: number, push: Push): void {
  for (const row of rowsOf(table)) {
    const cells = row.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((c) => tidy(toText(c).replace(/\n+/g, '')));
    if (cells.some(Boolean))
      push({ kind: 'tableRow', cells, table: index, text: cells.filter(Boolean).join('\u3000') });
  }
}

/** Rows of this table (in thead/tbody/tfoot or directly), not of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot')
      rows.push(...c.children.filter((r): r is Element => r.type === 'element' && r.tagName === 'tr'));
  }
  return rows;
}

/** Indentation (spaces, 全角空格, &nbsp;) is layout: trimmed; the text inside is kept as it is. */
function tidy(s: string): string {
  return s.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}
