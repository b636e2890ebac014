// Shared by the wording/* and citation/* rules: which text is prose, and which pieces of it
// (URLs, code, standards codes, evidence markers) no wording rule may touch.
import type { Block, CaseModel } from './model';
import { memoByText } from './memo';
import type { TextPiece } from './rule';
import type { Span } from './types';

const PROSE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'heading', 'blockquote']);

/** A block kind of printed prose (the kinds whose [证据N] citations the model reads). */
export const isProse = (kind: string): boolean => PROSE_KINDS.has(kind);

/** Printed prose: paragraphs, list items, headings and quotations (not code, HTML or tables). */
export function proseBlocks(model: CaseModel): readonly Block[] {
  return blocksOf(model, prose, (b) => PROSE_KINDS.has(b.kind));
}

/** Prose plus tables other than the evidence table: where a wrong term can be printed. */
export function printedBlocks(model: CaseModel): readonly Block[] {
  return blocksOf(model, printed, (b) => PROSE_KINDS.has(b.kind) || b.kind === 'table');
}

/** Kept per model (its blocks never change once read): several rules ask on every keystroke. */
function blocksOf(
  model: CaseModel,
  kept: WeakMap<CaseModel, readonly Block[]>,
  keep: (b: Block) => boolean,
): readonly Block[] {
  let blocks = kept.get(model);
  if (!blocks) kept.set(model, (blocks = model.blocks.filter(keep)));
  return blocks;
}
const prose = new WeakMap<CaseModel, readonly Block[]>();
const printed = new WeakMap<CaseModel, readonly Block[]>();

const PROTECTED = [
  /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef）》」”]+/g, // URLs
  /www\.[A-Za-z0-9.-]+(?:\/[^\s\u3000-\u303f\uff00-\uffef]*)?/g,
  // The lookbehind anchors a match at the start of a run: without it a long run of letters is
  // re-scanned from every position (quadratic).
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  /`[^`\n]*`/g, // inline code
  /<!--[\s\S]*?-->/g, // HTML comments (suppressions)
  /\]\([^)\s]*\)/g, // the target of a Markdown link
  /\[\s*证据[^\]]*\]/g, // evidence citations: export strips them
  // Standards codes keep their own punctuation: GB 8978—1996, GB/T 9704-2012, HJ 91.1—2019.
  /\b[A-Z]{1,4}(?:\/[A-Z])?\s*\d+(?:\.\d+)*\s*[—–-]\s*\d{4}\b/g,
];

/** Spans (block-relative) that wording rules leave alone: sorted, overlaps merged (see `inside`). */
export const protectedSpans: (text: string) => readonly Span[] = memoByText((text) => {
  const all: Span[] = [];
  for (const re of PROTECTED)
    for (const m of text.matchAll(re)) all.push({ start: m.index, end: m.index + m[0].length });
  return mergeSpans(all);
});

/** Several lists of spans as one, sorted and with overlaps merged: the form `inside` searches. */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const all = lists.flat().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const QUOTE_PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』', '〈': '〉' };
/** Past this many characters an opening mark is taken as stray, not as the start of a quotation. */
const MAX_QUOTE = 2000;
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

/**
 * Spans (block-relative) of what a text quotes rather than says in its own words: 《》 titles
 * (《责令限期整改指令书》 is a form's name, an insurer's 《……条款》 a contract's) and quotations
 * “…” 「…」 『…』 (a quoted article, what a party said). Dictionary-like rules (standard terms,
 * colloquialisms, hedges) leave them alone. An opening mark that never closes quotes nothing.
 */
export const quotedSpans: (text: string) => readonly Span[] = memoByText((text) => {
  // Right to left: where each opening mark's closing mark is, if it closes within the paragraph
  // and within MAX_QUOTE characters. One pass each way, whatever the text (no rescans).
  const match = new Map<number, number>();
  const next: Record<string, number> = {};
  let paragraphBreak = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') paragraphBreak = i;
    const close = QUOTE_PAIRS[ch];
    if (close) {
      const at = next[close];
      if (at !== undefined && at < paragraphBreak && at - i <= MAX_QUOTE) match.set(i, at);
    }
    if (CLOSERS.has(ch)) next[ch] = i;
  }
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const end = match.get(i);
    if (end === undefined) continue;
    out.push({ start: i, end: end + 1 });
    i = end;
  }
  return out;
});

/** Names of forms an authority issues: 《责令限期整改指令书》 is the form's name even unmarked. */
const FORM_NAME_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:指令书|通知书|决定书|意见书|告知书|审批表|登记表)/;

/**
 * True when the words ending at `end` are part of the name of a form (限期整改 in
 * 责令限期整改指令书, 责令整改 in 责令整改通知书): a form's name is the issuer's, not a wording choice.
 */
export function inFormName(text: string, end: number): boolean {
  return FORM_NAME_AFTER.test(text.slice(end, end + 12));
}

/**
 * The spans a dictionary-like rule (standard terms, colloquialisms, hedges) leaves alone:
 * protected text (URLs, codes, comments, evidence markers) and quoted text (titles, quotations).
 */
export function notOwnWords(text: string): readonly Span[] {
  return mergeSpans(protectedSpans(text), quotedSpans(text));
}

/**
 * Whether [start, end) overlaps one of `spans`, which are sorted and disjoint (as protectedSpans
 * gives them). A binary search: rules ask this for every character of a paragraph.
 */
export function inside(spans: readonly Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > start;
}

/** Whether one of `spans` (sorted, disjoint) holds all of [start, end). */
export function within(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end >= end;
}

/**
 * Whether a character is Han. Called per character over whole paragraphs, so the common case is a
 * range test: U+4E00–U+9FFF (CJK Unified Ideographs, all Han since Unicode 14) is Han, nothing
 * below U+2E80 (where the Han script begins) is; the rest asks the Unicode property.
 */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return c >= 0x2e80 && /\p{Script=Han}/u.test(ch);
}

/** The decision date (程序.决定), when the draft gives one. */
export function decisionDate(model: CaseModel): string | undefined {
  return model.facts.程序?.决定;
}

/** The evidence table's cells as text with their offsets: 证明事项 and 名称 are printed too. */
export function evidenceCells(model: CaseModel): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const row of model.evidence?.rows ?? []) {
    for (const cell of Object.values(row.cells))
      if (cell && cell.text) out.push({ text: cell.text, start: cell.span.start });
  }
  return out;
}

/** The evidence table's cells as the pieces a local check reads (kind `cell`). */
export function cellPieces(model: CaseModel): TextPiece[] {
  return evidenceCells(model).map((c) => ({ text: c.text, span: { start: c.start }, kind: 'cell' }));
}
