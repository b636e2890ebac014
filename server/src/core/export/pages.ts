/**
 * How many lines and pages printed paragraphs take in the formal layout (layout.ts): every line
 * is one exact pitch, 22 to a page, and a 3号 line holds 28 full-width characters. The 卷内目录 of
 * an exported case file needs each document's first page before any renderer has laid it out,
 * so this lays out the lines the way a renderer breaks Chinese text:
 * - a full-width character takes one cell; digits and Latin letters their Times New Roman width;
 * - a run of digits or Latin letters (with its ¥, %, point and comma) is never broken;
 * - closing punctuation (，。、）》 …) never starts a line and opening punctuation (（《 …) never
 *   ends one: the break moves back a character instead.
 * The LibreOffice test (test/export/case-file.test.ts) confirms the page each document starts on.
 */
import { CHAR, CHAR_SPACING, LINES_PER_PAGE, SIZE, TEXT_AREA } from './layout';
import type { PrintedParagraph, PrintedRole } from './printed';

/** Times (Adobe Times-Roman AFM, as Times New Roman and Liberation Serif): widths in 1/1000 em. */
const LATIN: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  '\\': 278,
  ']': 333,
  '^': 469,
  _: 500,
  '`': 333,
  '{': 480,
  '|': 200,
  '}': 480,
  '~': 541,
  '¥': 500,
  '·': 250,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
for (let d = 0; d <= 9; d++) LATIN[String(d)] = 500;

const CLOSING = new Set([...'，。、；：！？）》」』〕】〗”’…—％,.;:!?)]}%']);
const OPENING = new Set([...'（《「『〔【〖“‘([{¥$']);
/** Punctuation that may hang past the right margin (LibreOffice's hanging punctuation, Word's overflowPunct). */
const HANGING = new Set([...'，。、．；：！？']);
const WORD = /[A-Za-z0-9.,%¥$'’\-/]/;

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return LATIN[ch] === undefined && (c >= 0x2e80 || (c >= 0x2010 && c <= 0x206f) || c === 0xd7 || c === 0xb7);
}

interface RoleMetrics {
  size: number;
  /** Space added to every character, in points. */
  spacing: number;
  firstIndent: number;
  rightIndent: number;
  /** Grid lines each line of text takes. */
  grid: number;
  /** Spacing after the paragraph, in lines. */
  after: number;
}

const pt = (twips: number) => twips / 20;

function metrics(role: PrintedRole): RoleMetrics {
  const three = {
    size: SIZE.三号 / 2,
    spacing: pt(CHAR_SPACING),
    firstIndent: 0,
    rightIndent: 0,
    grid: 1,
    after: 0,
  };
  switch (role) {
    case 'issuer':
    case 'title':
      // A 2号 line is taller than the 3号 grid line: LibreOffice gives it two grid lines.
      return { ...three, size: SIZE.二号 / 2, spacing: 0, grid: 2 };
    case 'docNumber':
      return { ...three, after: 1 };
    case 'line':
      return three;
    case 'authority':
      return { ...three, rightIndent: pt(2 * CHAR) };
    case 'date':
    case 'seal':
      return { ...three, rightIndent: pt(4 * CHAR) };
    default:
      return { ...three, firstIndent: pt(2 * CHAR) };
  }
}

const isIdeograph = (ch: string) => /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch);
const isNarrow = (ch: string) => !isWide(ch) && ch !== ' ';

interface Piece {
  text: string;
  width: number;
  /** Its closing punctuation that may hang past the end of the line. */
  hang: number;
  /** The space renderers put between an ideograph and a digit or Latin letter next to it, before this piece. */
  lead: number;
}

/** The unbreakable pieces of a paragraph, with their widths in points. */
function pieces(text: string, m: RoleMetrics): Piece[] {
  const out: Piece[] = [];
  const width = (ch: string) => (isWide(ch) ? m.size : ((LATIN[ch] ?? 500) / 1000) * m.size) + m.spacing;
  // Where an ideograph meets a digit or a Latin letter, renderers add space (Word's autoSpaceDN/DE,
  // LibreOffice's "spacing between Asian and non-Asian text"): 0.2175 em, measured in LibreOffice.
  const gap = m.size * 0.2175;
  const chars = [...text];
  let glueNext = false;
  let i = 0;
  while (i < chars.length) {
    const start = i;
    let w = 0;
    const ch = chars[i]!;
    if (!isWide(ch) && WORD.test(ch)) {
      while (i < chars.length && !isWide(chars[i]!) && WORD.test(chars[i]!)) w += width(chars[i++]!);
    } else w = width(chars[i++]!);
    const prev = chars[start - 1];
    const lead =
      prev && ((isIdeograph(prev) && isNarrow(ch)) || (isNarrow(prev) && isIdeograph(ch))) ? gap : 0;
    const text = chars.slice(start, i).join('');
    if ((CLOSING.has(ch) || glueNext) && out.length) {
      const last = out[out.length - 1]!;
      last.width += lead + w;
      last.text += text;
      last.hang = HANGING.has(ch) ? last.hang + w : 0;
    } else out.push({ text, width: w, lead, hang: 0 });
    glueNext = OPENING.has(chars[i - 1]!);
  }
  return out;
}

/** The text of each line a paragraph breaks into. */
export function lineTexts(p: PrintedParagraph): string[] {
  const m = metrics(p.role);
  const full = pt(TEXT_AREA.width) - m.rightIndent;
  const lines = [''];
  let room = full - m.firstIndent;
  for (const piece of pieces(p.text, m)) {
    const w = (lines.at(-1) ? piece.lead : 0) + piece.width;
    // A tolerance for rounding: 28 cells fill the line exactly by construction.
    if (w - piece.hang > room + 0.01 && lines.at(-1)) {
      lines.push(piece.text);
      room = full - piece.width;
      continue;
    }
    lines[lines.length - 1] += piece.text;
    room -= w;
  }
  return lines;
}

/** The lines a paragraph takes, spacing before and after included. */
export function linesOf(p: PrintedParagraph, spaceBefore = 0): number {
  const m = metrics(p.role);
  return lineTexts(p).length * m.grid + m.after + spaceBefore;
}

const SIGNING = new Set<PrintedRole>(['authority', 'date', 'seal']);

/** Fewest lines of a paragraph alone at the foot or the head of a page (widow and orphan control, docx.ts). */
const KEEP = 2;

/** The pages a document takes, its paragraphs laid on pages of 22 lines with 2-line widows and orphans. */
export function pagesOf(printed: readonly PrintedParagraph[]): number {
  return flow(printed).pages;
}

/** How the paragraphs fall on pages: how many pages, and how many lines the last one uses. */
export function flow(printed: readonly PrintedParagraph[]): { pages: number; lastPageLines: number } {
  let page = 1;
  let used = 0;
  printed.forEach((p, i) => {
    // 正文下空一行 before the signing block (docx.ts); dropped at the head of a page.
    let before = SIGNING.has(p.role) && i > 0 && !SIGNING.has(printed[i - 1]!.role) ? 1 : 0;
    const m = metrics(p.role);
    let text = lineTexts(p).length * m.grid;
    for (;;) {
      const room = LINES_PER_PAGE - used;
      if (before + text + m.after <= room) {
        used += before + text + m.after;
        break;
      }
      // Split where at least KEEP lines stay and at least KEEP go on; else it all goes to the next page.
      const here = Math.min(room - before, text - KEEP);
      if (here >= KEEP) text -= here;
      page++;
      used = 0;
      before = 0;
    }
  });
  return { pages: page, lastPageLines: used };
}
