/**
 * The standard clauses of a decision (payment, surcharge, remedy, publication notice): their
 * template texts, and finding in a draft the sentences meant as one of them. Used by
 * wording/boilerplate (does the clause keep the template's wording?) and
 * structure/publication-notice (is the clause there at all?).
 *
 * A template may hold placeholders `{复议机关}`: a part that differs by case. It matches any short
 * run of text without sentence punctuation, and a fix fills it with what the draft wrote there.
 */
import data from '../../../data/clauses.json';
import type { ResolvedConfig } from './config';
import { LinearPattern } from './linearPattern';
import { memoByText } from './memo';
import type { CaseModel } from './model';
import type { Span } from './types';

export const CLAUSE_NAMES = ['payment', 'surcharge', 'remedy', 'publication'] as const;
export type ClauseName = (typeof CLAUSE_NAMES)[number];

export interface Clause {
  name: ClauseName;
  title: string;
  section: string;
  text: string;
  law: string;
  /** True when the text comes from the agency's `templates`, not CaseDraft's default. */
  agency: boolean;
}

interface ClauseData {
  title: string;
  section: string;
  text: string;
  law: string;
}

const DEFAULTS = data.clauses as Record<ClauseName, ClauseData>;

/** The clause as this agency writes it: its `templates` entry, else CaseDraft's default. */
export function clauseFor(name: ClauseName, config: ResolvedConfig): Clause {
  const d = DEFAULTS[name];
  const own = config.templates[name];
  return {
    name,
    title: d.title,
    section: d.section,
    law: d.law,
    text: own ?? d.text,
    agency: own !== undefined,
  };
}

const PLACEHOLDER = /\{([^{}]+)\}/g;
const HOLE = '[^，。；、：\\n]{1,40}?';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The template as a pattern that any filling of its placeholders matches. It runs on RE2
 * (linearPattern.ts): adjacent placeholders made the backtracking engine try every split of the
 * text between them (16 of them: 10 s per sentence). A template too large for RE2 matches nothing
 * exactly; the similarity search still finds its clause. A template without placeholders is
 * matched by equality, and the patterns are kept by template: RE2 compiled each of the four
 * default clauses, for every draft, in ≈ 1 ms each.
 */
export const templatePattern = memoByText(
  (template: string): { test(text: string): boolean } => {
    const parts = template.split(PLACEHOLDER);
    if (parts.length === 1) return { test: (text) => text === template };
    // split with a capture group alternates literal, name, literal …
    const src = parts.map((p, i) => (i % 2 ? `(?:${HOLE})` : escape(p))).join('');
    try {
      return LinearPattern.compile(`^${src}$`);
    } catch {
      return { test: () => false };
    }
  },
  { entries: 64 },
);

/**
 * Fills each placeholder with the words the draft has in its place. The template is aligned with
 * the draft by edit distance, each placeholder matching one to forty characters (no sentence
 * stops); a placeholder costs a little per character, so that when the draft changed a word next
 * to it, the alignment reads that word as changed rather than as part of the name.
 */
export function fillPlaceholders(template: string, draft: string): { text: string; complete: boolean } {
  type Token = { ch: string } | { hole: string };
  const tokens: Token[] = [];
  let last = 0;
  for (const m of template.matchAll(new RegExp(PLACEHOLDER.source, 'g'))) {
    for (const ch of template.slice(last, m.index)) tokens.push({ ch });
    tokens.push({ hole: m[0] });
    last = m.index + m[0].length;
  }
  for (const ch of template.slice(last)) tokens.push({ ch });
  if (!tokens.some((t) => 'hole' in t)) return { text: template, complete: true };

  const n = tokens.length;
  const m = draft.length;
  const EPS = 0.001;
  const INF = Number.POSITIVE_INFINITY;
  const [DIAG, UP, LEFT, HOLE_START, HOLE_EXTEND] = [1, 2, 3, 4, 5];
  // cost[i][j]: the cheapest alignment of the first i tokens with the first j characters.
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(INF));
  const move = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  cost[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    cost[0]![j] = j;
    move[0]![j] = LEFT;
  }
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1]!;
    if ('hole' in t) {
      for (let j = 1; j <= m; j++) {
        if (/[。；\n]/.test(draft[j - 1]!)) continue;
        const start = cost[i - 1]![j - 1]! + EPS;
        const open = move[i]![j - 1] === HOLE_START || move[i]![j - 1] === HOLE_EXTEND;
        const extend = open ? cost[i]![j - 1]! + EPS : INF;
        if (start <= extend) {
          cost[i]![j] = start;
          move[i]![j] = HOLE_START;
        } else {
          cost[i]![j] = extend;
          move[i]![j] = HOLE_EXTEND;
        }
      }
      continue;
    }
    cost[i]![0] = cost[i - 1]![0]! + 1;
    move[i]![0] = UP;
    for (let j = 1; j <= m; j++) {
      const diag = cost[i - 1]![j - 1]! + (t.ch === draft[j - 1] ? 0 : 1);
      const up = cost[i - 1]![j]! + 1;
      const left = cost[i]![j - 1]! + 1;
      let best = diag;
      let mv = DIAG;
      if (up < best) {
        best = up;
        mv = UP;
      }
      if (left < best) {
        best = left;
        mv = LEFT;
      }
      cost[i]![j] = best;
      move[i]![j] = mv;
    }
  }
  if (!Number.isFinite(cost[n]![m]!)) return { text: template, complete: false };
  // Walk back, collecting what each placeholder consumed.
  const fills = new Map<number, string>();
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i]![j];
    if (mv === HOLE_EXTEND || mv === HOLE_START) {
      fills.set(i - 1, draft[j - 1]! + (fills.get(i - 1) ?? ''));
      if (mv === HOLE_START) i--;
      j--;
    } else if (mv === DIAG) {
      i--;
      j--;
    } else if (mv === UP) i--;
    else j--;
  }
  let text = '';
  let complete = true;
  tokens.forEach((t, k) => {
    const fill = fills.get(k);
    if ('ch' in t) text += t.ch;
    else if (fill && fill.length <= 40) text += fill;
    else {
      text += t.hole;
      complete = false;
    }
  });
  return { text, complete };
}

export interface SentenceWindow {
  span: Span;
  text: string;
  section?: string;
}

/** Splits prose into sentences ending in 。！？ (the last may lack one), with their spans. */
export function sentences(text: string, base: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if ('。！？'.includes(text[i]!)) {
      // A closing quote or bracket right after the stop still belongs to the sentence.
      let end = i + 1;
      while (end < text.length && '”’）》'.includes(text[end]!)) end++;
      pushTrimmed(out, text, start, end, base);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(out, text, start, text.length, base);
  return out;
}

function pushTrimmed(out: Span[], text: string, s: number, e: number, base: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/** Every run of `count` consecutive sentences inside one printed paragraph of the draft. */
/**
 * Sections that never hold a standard clause: the party, the facts, the evidence and the signing
 * block. Leaving them out keeps the search to the few paragraphs clauses live in; the facts of a
 * long case run to thousands of lines.
 */
const NO_CLAUSES = new Set(['当事人', '案件来源与调查经过', '违法事实', '证据', '落款']);

export function sentenceWindows(model: CaseModel, count: number): SentenceWindow[] {
  const out: SentenceWindow[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    if (block.section && NO_CLAUSES.has(block.section.name)) continue;
    // Citations are checking marks, not words of the clause.
    const end = block.citations[0]?.span.start ?? block.span.end;
    const spans = sentences(model.text.slice(block.span.start, end), block.span.start);
    for (let i = 0; i + count <= spans.length; i++) {
      const span = { start: spans[i]!.start, end: spans[i + count - 1]!.end };
      out.push({ span, text: model.text.slice(span.start, span.end), section: block.section?.name });
    }
  }
  return out;
}

/** 2·LCS / (|a| + |b|): 1 for equal texts, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return (2 * prev[b.length]!) / (a.length + b.length);
}

/** Share of the shorter text's character pairs that the other has: a cheap filter before LCS. */
function bigramOverlap(a: string, b: string): number {
  const grams = (s: string) =>
    new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let n = 0;
  for (const g of ga) if (gb.has(g)) n++;
  return n / Math.min(ga.size, gb.size);
}

export interface ClauseMatch {
  window: SentenceWindow;
  /** True when the sentences are the template's, placeholders aside. */
  exact: boolean;
  /** The template with its placeholders filled from the draft. */
  expected: string;
  /** False when a placeholder could not be read from the draft. */
  complete: boolean;
  similarity: number;
}

/** Below this the sentences are taken to be another clause, not a variant of this one. */
export const SIMILAR = 0.8;

/**
 * The draft's version of a clause: the sentences that match the template exactly, or else the
 * most similar run of as many sentences, if it is similar enough to be meant as this clause.
 */
export function findClause(model: CaseModel, template: string): ClauseMatch | undefined {
  const count = sentences(template, 0).length;
  if (!count) return undefined;
  const pattern = templatePattern(template);
  const bare = template.replace(PLACEHOLDER, '');
  let best: ClauseMatch | undefined;
  for (const window of sentenceWindows(model, count)) {
    if (pattern.test(window.text))
      return { window, exact: true, expected: window.text, complete: true, similarity: 1 };
    if (bigramOverlap(bare, window.text) < 0.5) continue;
    const filled = fillPlaceholders(template, window.text);
    const sim = similarity(filled.text, window.text);
    if (sim >= SIMILAR && (!best || sim > best.similarity))
      best = { window, exact: false, expected: filled.text, complete: filled.complete, similarity: sim };
  }
  return best;
}

/** The differing middle of two texts, common beginning and end removed: what a message quotes. */
export function difference(actual: string, expected: string): { actual: string; expected: string } {
  let s = 0;
  while (s < actual.length && s < expected.length && actual[s] === expected[s]) s++;
  let e = 0;
  while (
    e < actual.length - s &&
    e < expected.length - s &&
    actual[actual.length - 1 - e] === expected[expected.length - 1 - e]
  )
    e++;
  return { actual: actual.slice(s, actual.length - e), expected: expected.slice(s, expected.length - e) };
}
