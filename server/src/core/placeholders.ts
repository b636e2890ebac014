/**
 * The blanks of the document templates (data/templates/): （当事人全称）, 《（法律全称）》第（）条,
 * （执法证号）, （大写金额）（¥0.00）, 罚款: 0. They are read from the templates themselves, so a blank
 * added to a template is recognised without a code change. A draft that still holds one is not
 * finished: structure/placeholder reports it, and it alone. To every other rule a blank is absent
 * and already reported: a rule that asks whether a 证号 is given stays silent on （执法证号）, and a
 * rule that checks what a value says (a credit code's check character, the organ named, the
 * violation a notice and its decision name, the date of the signing block) asks `isBlank` first
 * and leaves a blank alone; a sentence of 违法事实 that holds one is not read as a statement
 * (core/fact-roles.ts).
 */
import templates from '../../../data/generated/templates.json';
import { parse as parseYaml } from 'yaml';
import type { Span } from './types';
import { parseYamlSubset } from './yaml-subset';

/** Marks the format prints as they are (the signing block's seal, docs/format.md): not blanks. */
export const FORM_MARKS: readonly string[] = ['（印章）'];

const BLANK = /（[^（）\n]{0,40}）/g;
// Dates written with X for the day an officer fills in later: X月X日, 2025年X月X日.
const DATE_BLANK = /(?:\d{4}|[X×Ｘ]{2,4})年[X×Ｘ]{1,2}月[X×Ｘ]{1,2}日|[X×Ｘ]{1,2}月[X×Ｘ]{1,2}日/g;

interface Blanks {
  /** Every bracketed blank the templates hold. */
  tokens: ReadonlySet<string>;
  /** Front-matter paths whose template value is the number 0 (处罚.罚款): a fine not yet set. */
  zeroPaths: readonly string[];
}

let blanks: Blanks | undefined;

function collect(): Blanks {
  const tokens = new Set<string>();
  const zero = new Set<string>();
  for (const text of Object.values(templates as Record<string, string>)) {
    for (const m of text.matchAll(BLANK)) if (!FORM_MARKS.includes(m[0])) tokens.add(m[0]);
    const fm = /^---\n([\s\S]*?\n)---/.exec(text);
    // The templates' plain YAML is read without the library (yaml-subset.ts), as drafts are: the
    // library's parse of five front matters was ≈ 8 ms of every CLI start.
    if (fm) walk(parseYamlSubset(fm[1]!)?.data ?? parseYaml(fm[1]!), [], zero);
  }
  return { tokens, zeroPaths: [...zero] };
}

function walk(v: unknown, path: string[], zero: Set<string>): void {
  if (v === 0) zero.add(path.join('.'));
  else if (v && typeof v === 'object' && !Array.isArray(v))
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...path, k], zero);
}

export function templateBlanks(): Blanks {
  return (blanks ??= collect());
}

/** A blank in a text: the template's token, or an X-date. */
export interface BlankSpan extends Span {
  token: string;
}

/** Where a text still holds a template blank (offsets in `text`). */
export function blanksIn(text: string): BlankSpan[] {
  const { tokens } = templateBlanks();
  const out: BlankSpan[] = [];
  if (text.includes('（'))
    for (const m of text.matchAll(BLANK))
      if (tokens.has(m[0])) out.push({ start: m.index, end: m.index + m[0].length, token: m[0] });
  for (const m of text.matchAll(DATE_BLANK))
    out.push({ start: m.index, end: m.index + m[0].length, token: m[0] });
  return out.sort((a, b) => a.start - b.start);
}

/** True when a front-matter value is (or holds) a template blank. */
export function isBlank(value: unknown, path?: readonly string[]): boolean {
  if (typeof value === 'string') return blanksIn(value).length > 0;
  if (value === 0 && path) return templateBlanks().zeroPaths.includes(path.join('.'));
  return false;
}
