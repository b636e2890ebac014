import { validator } from './validators';
import { memoByText } from './memo';
import dictionarySchema from '../../../schemas/dictionary.schema.json';
import { describeErrors } from './dataErrors';
import builtinData from '../../../data/dictionary/standard-terms.json';
import type { ResolvedConfig } from './config';
import { LinearPattern } from './linearPattern';
import { replaceSpans } from './text';
import type { LocalizedText, Span } from './types';

/** Where an entry comes from: an article of a bundled law (checked by the tests) or a named guideline. */
export interface TermSource {
  /** Id of a law in data/laws/ (file name without `.md`). */
  law?: string;
  article?: number;
  /** Verbatim words of that article (or of the guideline) that show the standard form. */
  quote?: string;
  /** A named guideline or document, when the source is not a bundled law. */
  guideline?: string;
}

export interface TermException {
  /** A regular expression: a match of the term inside a match of it is right (判处罚金). */
  pattern?: string;
  /** The term is right inside a quotation (“…” 「…」) introduced by this text, e.g. 第三十五条. */
  quoteCiting?: string;
  note?: string;
}

export interface TermTest {
  input: string;
  /** The text after the entry's fix; equal to input when nothing may match. */
  output: string;
}

/**
 * `term` (default): the law names the thing by this term, and the wrong form names another (罚金 is
 * a criminal penalty). `usage`: the law texts write the word this way, and the other form means
 * the same (其它, 做出 — some bundled laws write them too): CaseDraft's convention, not law.
 */
export type TermKind = 'term' | 'usage';

export interface TermEntry {
  id: string;
  kind?: TermKind;
  wrong: string[];
  standard: string;
  /** When the wrong form is wrong (and when it is not). */
  context: LocalizedText;
  /** `quick`: a safe fix; `suggestion`: needs the officer's judgement. */
  fix?: 'quick' | 'suggestion';
  /** `word` (default): both ends on Intl.Segmenter word boundaries; `none`: any substring (long phrases). */
  boundary?: 'word' | 'none';
  /** Applies only to drafts decided (程序.决定) on or after this date, YYYY-MM-DD. */
  validFrom?: string;
  exceptions?: TermException[];
  source: TermSource;
  tests: TermTest[];
}

export interface DictionaryFile {
  name: string;
  source?: string;
  entries: TermEntry[];
}

export interface TermMatch {
  span: Span;
  wrong: string;
  entry: TermEntry;
}

export class DictionaryError extends Error {}

// The bundled dictionary is checked against the schema by the test suite; an agency's file here.
const fileValidator = () => validator('dictionary');

interface CompiledEntry {
  entry: TermEntry;
  exceptions: Exception[];
}

/** An entry's exception; its pattern is compiled on first use (`patternOf`). */
interface Exception {
  pattern?: string;
  re?: LinearPattern;
  quoteCiting?: string;
}

/**
 * A standard-term dictionary. Loading one runs every entry's self-tests, so a broken entry fails
 * when it loads, not silently in a draft; an agency's file is also validated against
 * schemas/dictionary.schema.json (the bundled one is, by the test suite).
 */
export class Dictionary {
  private readonly compiled: CompiledEntry[];
  /**
   * Every wrong form by its first character, with its entry's and its own place in the lists:
   * the text is read once, and only the forms that start with a character found are compared.
   */
  private readonly byFirstChar = new Map<number, { wrong: string; c: CompiledEntry; order: number }[]>();

  constructor(
    readonly entries: readonly TermEntry[],
    readonly name = 'dictionary',
  ) {
    // Compiling the bundled dictionary's six patterns cost every start ≈ 5 ms (re2js cold): each is
    // compiled when a wrong form it guards is found; fromData compiles an agency's at once.
    this.compiled = entries.map((entry) => ({
      entry,
      exceptions: (entry.exceptions ?? []).map((x) => ({ pattern: x.pattern, quoteCiting: x.quoteCiting })),
    }));
    let order = 0;
    for (const c of this.compiled)
      for (const wrong of c.entry.wrong) {
        const list = this.byFirstChar.get(wrong.charCodeAt(0)) ?? [];
        list.push({ wrong, c, order: order++ });
        this.byFirstChar.set(wrong.charCodeAt(0), list);
      }
  }

  static fromData(data: unknown, name = 'dictionary', { trusted = false } = {}): Dictionary {
    const validate = trusted ? undefined : fileValidator();
    if (validate && !validate(data)) {
      const problems = describeErrors(dictionarySchema, data, validate.errors);
      throw new DictionaryError(
        `${name}: 词表不符合 schemas/dictionary.schema.json / dictionary does not fit its schema: ${problems}`,
      );
    }
    const file = data as unknown as DictionaryFile;
    const dict = new Dictionary(file.entries, file.name || name);
    // The bundled file is fixed at build time and self-tested by the test suite
    // (test/core/dictionary.test.ts); its 133 self-tests and the segmenter they need cost every
    // CLI start ≈ 15 ms. An agency's file is checked as it loads.
    if (trusted) return dict;
    for (const c of dict.compiled) for (const x of c.exceptions) patternOf(c.entry, x);
    const failures = dict.selfTest();
    if (failures.length)
      throw new DictionaryError(
        `${dict.name}: 词条自检失败 / entry self-tests failed:\n${failures.join('\n')}`,
      );
    return dict;
  }

  /** Several dictionaries as one; an agency's entries come first so they win over ours on the same words. */
  static merge(...dicts: Dictionary[]): Dictionary {
    return new Dictionary(
      dicts.flatMap((d) => d.entries),
      dicts.map((d) => d.name).join('+'),
    );
  }

  /** Runs each entry's tests with only that entry; returns one line per failure. */
  selfTest(): string[] {
    const out: string[] = [];
    for (const c of this.compiled) {
      const single = new Dictionary([c.entry]);
      for (const t of c.entry.tests) {
        const got = single.applyFixes(t.input);
        if (got !== t.output)
          out.push(`  ${c.entry.id}: 「${t.input}」 → 「${got}」, expected 「${t.output}」`);
      }
      if (c.entry.wrong.includes(c.entry.standard))
        out.push(`  ${c.entry.id}: the standard form is listed as wrong`);
    }
    return out;
  }

  /**
   * Replaces every match by its standard form (the self-tests' notion of the entry's output).
   * Without a decision date every entry applies, `validFrom` or not.
   */
  applyFixes(text: string, decided = '9999-12-31'): string {
    return replaceSpans(
      text,
      this.match(text, decided).map((m) => ({ span: m.span, text: m.entry.standard })),
    );
  }

  /**
   * Every wrong form in `text`, longest first where two overlap. `decided` (YYYY-MM-DD) skips
   * entries whose `validFrom` is later; without it such entries stay silent.
   */
  match(text: string, decided?: string): TermMatch[] {
    // Segmenting is the costly part: only a text that contains some wrong form is segmented.
    let bounds: Boundaries | undefined;
    const found: (TermMatch & { order: number })[] = [];
    for (let i = 0; i < text.length; i++) {
      // By code unit: text[i] would make a string of each character.
      const forms = this.byFirstChar.get(text.charCodeAt(i));
      if (!forms) continue;
      for (const { wrong, c, order } of forms) {
        const e = c.entry;
        if (e.validFrom && (!decided || decided < e.validFrom)) continue;
        if (!text.startsWith(wrong, i)) continue;
        const span = { start: i, end: i + wrong.length };
        if (e.boundary !== 'none') {
          bounds ??= boundariesOf(text);
          if (!(bounds.isStart(span.start) && bounds.isEnd(span.end))) continue;
        }
        if (c.exceptions.some((x) => excepted(text, span, e, x))) continue;
        found.push({ span, wrong, entry: e, order });
      }
    }
    // Where two forms match the same span, the entry listed first wins (an agency's over ours).
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
    const out: TermMatch[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.span.start < last.span.end) continue;
      out.push({ span: m.span, wrong: m.wrong, entry: m.entry });
    }
    return out;
  }
}

/** An exception pattern runs on RE2 (linearPattern.ts): an agency's pattern cannot stall a lint. */
function patternOf(entry: TermEntry, x: Exception): LinearPattern | undefined {
  if (x.re || x.pattern === undefined) return x.re;
  try {
    return (x.re = LinearPattern.compile(x.pattern));
  } catch (err) {
    throw new DictionaryError(
      `${entry.id}: 例外模式无效（按 RE2 语法，不支持反向引用和环视）/ bad exception pattern (RE2 syntax: no backreferences or lookaround): ${(err as Error).message}`,
    );
  }
}

const OPEN_QUOTES = '“「『"';
const CLOSE_QUOTES = '”」』"';

function excepted(text: string, span: Span, entry: TermEntry, x: Exception): boolean {
  const re = patternOf(entry, x);
  if (re) {
    // matchAll's matches are sorted and disjoint: only the last one starting at or before the
    // term can cover it.
    const matches = patternMatches(text, re);
    const m = matches[lastAtOrBefore(matches, span.start, (s) => s.start)];
    if (m && m.end >= span.end) return true;
  }
  if (x.quoteCiting !== undefined) {
    const open = openQuoteAt(text, span.start);
    if (open >= 0) {
      // The citation introduces the quotation: 第三十五条规定：“……罚金……”.
      const before = text.slice(Math.max(0, open - 40), open);
      if (before.includes(x.quoteCiting)) return true;
    }
  }
  return false;
}

/** Index of the last item whose key is ≤ `at` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], at: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Every match of an exception pattern in a text, computed once per (pattern, text). */
const patternMemo = new WeakMap<LinearPattern, (text: string) => Span[]>();
function patternMatches(text: string, re: LinearPattern): Span[] {
  let memo = patternMemo.get(re);
  if (!memo) {
    memo = memoByText((t) => re.spans(t), { entries: 64 });
    patternMemo.set(re, memo);
  }
  return memo(text);
}

/**
 * The quotation that encloses each stretch of a text, as change points (offset → the offset of
 * the opening mark, or -1), found in one pass: a paragraph break, a straight quote (which cannot
 * tell opening from closing) or a closing mark with nothing open ends every open quotation.
 */
const quoteStructure = memoByText((text): { at: number; open: number }[] => {
  const changes = [{ at: 0, open: -1 }];
  const stack: number[] = [];
  const mark = (at: number) => changes.push({ at, open: stack[stack.length - 1] ?? -1 });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || (ch === '\n' && text[i + 1] === '\n') || (CLOSE_QUOTES.includes(ch) && !stack.length)) {
      if (stack.length) {
        stack.length = 0;
        mark(i + 1);
      }
    } else if (OPEN_QUOTES.includes(ch)) {
      stack.push(i);
      mark(i + 1);
    } else if (CLOSE_QUOTES.includes(ch)) {
      stack.pop();
      mark(i + 1);
    }
  }
  return changes;
});

/** The offset of the quotation mark that opens a quotation enclosing `at`, or -1. */
function openQuoteAt(text: string, at: number): number {
  const changes = quoteStructure(text);
  return changes[lastAtOrBefore(changes, at, (c) => c.at)]!.open;
}

// ICU sometimes glues a one-character particle to the end or start of a word (当事/人的,
// 三个月/内向). A term boundary that falls just before or after such a particle still counts.
const PARTICLES = new Set('的了在向是和与及等为对将把被由于从以或并其之所'.split(''));

// Made on first use: creating it loads ICU's Chinese dictionary (≈ 8 ms), and a draft whose
// paragraphs hold no candidate term, hedge or place word never segments.
let segmenter: Intl.Segmenter | undefined;

const MAX_PIECE = 256;
const BREAK = /[\s，。；：！？、,.;:!?（）()《》“”"'〔〕【】]/;

function pieceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_PIECE);
  if (limit === text.length) return limit;
  for (let i = limit - 1; i > from; i--) if (BREAK.test(text[i]!)) return i + 1;
  return limit;
}

/** Word boundaries of a text by Intl.Segmenter (ICU's dictionary-based Chinese segmentation). */
export class Boundaries {
  private readonly starts: number[] = [];
  private readonly set = new Set<number>();

  constructor(private readonly text: string) {
    // ICU's dictionary segmentation is superlinear in the length of an unbroken run, so the text
    // is segmented piece by piece, cut at punctuation or space (or, in a pasted run with neither,
    // every MAX_PIECE characters). Real sentences are far shorter than a piece.
    for (let from = 0; from < text.length;) {
      const to = pieceEnd(text, from);
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      for (const s of segmenter.segment(text.slice(from, to))) {
        this.starts.push(from + s.index);
        this.set.add(from + s.index);
      }
      from = to;
    }
    this.set.add(text.length);
  }

  private segmentAt(p: number): { start: number; end: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return { start: this.starts[lo] ?? 0, end: this.starts[lo + 1] ?? this.text.length };
  }

  /** A term may start at p: a boundary, or right after a particle glued to the start of a segment. */
  isStart(p: number): boolean {
    if (this.set.has(p)) return true;
    const seg = this.segmentAt(p);
    return p - seg.start === 1 && PARTICLES.has(this.text[seg.start]!);
  }

  /** A term may end at p: a boundary, or right before a particle glued to the end of a segment. */
  isEnd(p: number): boolean {
    if (this.set.has(p)) return true;
    const seg = this.segmentAt(p);
    return seg.end - p === 1 && PARTICLES.has(this.text[p]!);
  }
}

/** The boundaries of a text, segmented once however many rules ask. */
export const boundariesOf = memoByText((text) => new Boundaries(text));

let builtin: Dictionary | undefined;

/** The bundled dictionary (data/dictionary/standard-terms.json); the test suite validates and self-tests it. */
export function builtinDictionary(): Dictionary {
  builtin ??= Dictionary.fromData(builtinData, 'standard-terms', { trusted: true });
  return builtin;
}

// The CLI and the server load an agency's dictionary files (config `dictionaries`) and attach
// them to the resolved config they lint with; the core itself never reads files.
const attached = new WeakMap<ResolvedConfig, Dictionary>();

export function attachDictionaries(config: ResolvedConfig, dicts: Dictionary[]): ResolvedConfig {
  if (dicts.length) attached.set(config, Dictionary.merge(...dicts, builtinDictionary()));
  return config;
}

/** The dictionary a lint run uses: the agency's entries (if attached) before the bundled ones. */
export function dictionaryFor(config: ResolvedConfig): Dictionary {
  return attached.get(config) ?? builtinDictionary();
}
