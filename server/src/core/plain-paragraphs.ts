import type { Paragraph, Root } from 'mdast';
import type { Point } from 'unist';

/**
 * The tree markdown.ts's block parser (remark with GFM, front matter and inline syntax made inert)
 * gives a piece of plain paragraphs, built without remark; undefined for any other text, which
 * goes to remark. Why: a draft's own paragraphs (当事人：…, its 文号, its dates) are new text in
 * every draft, and a remark parse of one short paragraph costs ≈ 0.1–0.2 ms, nearly all of it
 * remark setting itself up again (micromark combines its syntax extensions on every parse):
 * that was a sixth of a 1,000-draft lint (docs/performance.md).
 *
 * Plain means: every line is empty or starts with a character outside ASCII, after at most a run
 * of digits (no block construct starts so: a list marker needs `.` or `)` after its digits), and
 * the text has no character that could make a block or a node without starting a line: no `|`
 * (tables), no space or tab (indentation, hard breaks), no CR or other control, no BOM (dropped
 * at the start), and nothing GFM turns into a link after the parse (`@`, `www`, `http:`). Inline
 * syntax is inert in the block parser, so such a piece is paragraphs split at empty lines, each
 * one text node holding its lines. test/core/plain-paragraphs.test.ts compares both on generated
 * pieces and on every piece of the repository's drafts.
 */
export function plainParagraphs(text: string): Root | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  const children: Paragraph[] = [];
  let open: { line: number; offset: number } | undefined;
  let last = { line: 1, lineStart: 0, end: 0 };
  const close = () => {
    if (!open) return;
    const start = () => point(open!.line, 1, open!.offset);
    const end = () => point(last.line, last.end - last.lineStart + 1, last.end);
    const value = text.slice(open.offset, last.end);
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value, position: { start: start(), end: end() } }],
      position: { start: start(), end: end() },
    });
    open = undefined;
  };
  let line = 1;
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (end > pos) {
      LINE_START.lastIndex = pos;
      if (!LINE_START.test(text)) return undefined;
      open ??= { line, offset: pos };
      last = { line, lineStart: pos, end };
    } else close();
    if (nl < 0) break;
    pos = nl + 1;
    line++;
  }
  close();
  return {
    type: 'root',
    children,
    position: { start: point(1, 1, 0), end: point(line, text.length - pos + 1, text.length) },
  };
}

const NOT_PLAIN = /[\0-\t\v-\x20|@\x7f\ufeff]|https?:|www/i;
/** A line's start that opens no block construct: a character outside ASCII, after digits at most. */
const LINE_START = /[0-9]*[^\0-\x7f]/y;

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}
