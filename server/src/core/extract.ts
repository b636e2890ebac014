import {
  evidenceId,
  withoutCitations,
  type Amount,
  type Block,
  type BodyDate,
  type EvidenceCitation,
  type LawCitation,
  type NumberRef,
} from './model';
import { findLaw } from './laws';
import { TextMemo } from './memo';
import { isWellFormedUppercase, parseChineseInteger, parseUppercaseAmount } from './numerals';
import type { Span } from './types';

const CITATION = /\[\s*(证据\s*\d+(?:\s*[、,，]\s*证据\s*\d+)*)\s*\]/g;
const REF = /证据\s*(\d+)/g;

export function findEvidenceCitations(text: string, base: number): EvidenceCitation[] {
  const e = extracted(text);
  e.citations ??= readEvidenceCitations(e.text);
  return e.citations.map((c) => ({
    span: shift(c.span, base),
    refs: c.refs.map((r) => ({ id: r.id, span: shift(r.span, base) })),
  }));
}

function readEvidenceCitations(text: string): EvidenceCitation[] {
  const out: EvidenceCitation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const start = m.index;
    const inner = m[1]!;
    const innerOffset = m[0].indexOf(inner);
    const refs = [...inner.matchAll(REF)].map((r) => ({
      id: evidenceId(r[1]!),
      span: { start: start + innerOffset + r.index, end: start + innerOffset + r.index + r[0].length },
    }));
    out.push({ span: { start, end: start + m[0].length }, refs });
  }
  return out;
}

/** What an extractor finds in a text, before it is placed in a block (rebased, `block` set). */
type Unplaced<T> = Omit<T, 'block'>;

/**
 * What the extractors found in a block's text, by offsets in the text, each read on first ask:
 * a keystroke re-reads its paragraph, and the other paragraphs' findings are placed where the
 * paragraph now is. `text` is the memo's own copy (what is read, so findings never hold a slice of
 * a whole draft). Bounded as the rules' local checks are (local-checks.ts).
 */
interface Extracted {
  text: string;
  citations?: EvidenceCitation[];
  laws?: Unplaced<LawCitation>[];
  amounts?: Unplaced<Amount>[];
  dates?: Unplaced<BodyDate>[];
}
const memo = new TextMemo<Extracted>({ entries: 20_000, chars: 2_000_000 });
/**
 * The entry of a text; the last one is kept aside, since the model asks for one block's findings in
 * a row (it keeps the latest draft alive until the next is read: one draft, whatever the run).
 */
function extracted(text: string): Extracted {
  if (text !== last?.asked) {
    const entry = memo.get(text) ?? memo.add(text, (own) => ({ text: own }));
    last = { asked: text, entry };
  }
  return last.entry;
}
let last: { asked: string; entry: Extracted } | undefined;

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** A prose block's text alone with its citations blanked, as withoutCitations gives it for the block. */
export function citationsBlanked(text: string): string {
  return withoutCitations({
    text,
    span: { start: 0, end: text.length },
    citations: findEvidenceCitations(text, 0),
  });
}

const NUM = '[零〇一二三四五六七八九十百千两\\d]+';
// A law name: in book-title marks, or a bare run of Han characters ending in a law-ish word.
const LAW_NAME = String.raw`《([^《》\n]{1,60})》|((?:中华人民共和国)?[\u4e00-\u9fa5]{1,30}?(?:法|条例|规定|办法|细则|规则|解释))(?=第)`;
// 《中华人民共和国土地管理法》（2004年8月28日第二次修正）第二条: the version note belongs to the name.
const VERSION_NOTE = String.raw`(?:[（(][^（）()\n]{1,30}[）)]\s*)?`;
const LAW_REF = new RegExp(
  String.raw`(?:(?:${LAW_NAME})\s*${VERSION_NOTE})?第(${NUM})条(?:\s*第(${NUM})款)?(?:\s*第[（(]?(${NUM})[)）]?项)?`,
  'gd',
);
/**
 * A bare 第N条 is an article when it is cited (依照第三十五条, 和第十二条) or reads as one (第十条规定,
 * 第十条第一款, 第十条。). 第1条生产线 counts production lines (条 the measure word): no article.
 */
const CITED_BEFORE =
  /(?:依照|依据|根据|按照|违反|适用|对照|参照|援引|引用|符合|本法|该法|本条例|本规定|本办法|[、和及与或至])\s*(?:了)?\s*$/;
const ARTICLE_AFTER =
  /^(?:$|[\s，。；、：:,.;）)”」』》]|第|规定|的规定|之|和|及|与|或|至|中|所|有关|关于|明确|等)/;

function numberRef(raw: string | undefined, start: number): NumberRef | undefined {
  if (raw === undefined) return undefined;
  const arabic = /^\d+$/.test(raw);
  const value = arabic ? Number(raw) : parseChineseInteger(raw);
  return { raw, value, span: { start, end: start + raw.length }, arabic };
}

// Words that end the text before an unmarked law name: 违反了水污染防治法第十条 names 水污染防治法.
const LEAD_IN =
  /^.*(?:违反了|违反|依据|根据|依照|按照|参照|适用|援引|引用|对照|符合|属于|是|和|及|与|、|了|的)/;
// References to a law already named, not names: 本法第三条, 该法第五条.
const SAME_LAW = /^(?:本|该|此|同|上述|前述)(?:法|条例|规定|办法|细则|规则|解释)$/;

/**
 * The law name inside a run of Han characters that ends in 法/条例/…: the longest tail that is a
 * bundled law's full or short name, else what follows the last lead-in word (违反, 依据 …).
 */
function trimUnmarkedName(run: string): { name: string; offset: number } | undefined {
  for (let i = 0; i < run.length - 1; i++)
    if (findLaw(run.slice(i))) return { name: run.slice(i), offset: i };
  const lead = LEAD_IN.exec(run);
  const offset = lead ? lead[0].length : 0;
  const name = run.slice(offset);
  if (name.length < 2 || SAME_LAW.test(name)) return undefined;
  return { name, offset };
}

/** The names legal norms have (立法法: 法律, 行政法规, 地方性法规, 规章; and 解释, 决定). */
const LAW_FORM = /(?:法|条例|规定|办法|细则|规则|决定|解释|规章)(?:[（(][^（）()]*[）)])?$/;

/** True when a name is a law's: bundled, or of the form of a legal norm's name. */
export function isLawName(name: string): boolean {
  return findLaw(name) !== undefined || LAW_FORM.test(name.replace(/[《》\s]/g, ''));
}

export function findLawCitations(block: Block): LawCitation[] {
  const e = extracted(block.text);
  e.laws ??= readLawCitations(e.text);
  const by = block.span.start;
  const ref = (r: NumberRef | undefined) => r && { ...r, span: shift(r.span, by) };
  return e.laws.map((c) => ({
    ...c,
    span: shift(c.span, by),
    lawSpan: c.lawSpan && shift(c.lawSpan, by),
    article: ref(c.article),
    paragraph: ref(c.paragraph),
    item: ref(c.item),
    block,
  }));
}

function readLawCitations(text: string): Unplaced<LawCitation>[] {
  const out: Unplaced<LawCitation>[] = [];
  for (const m of text.matchAll(LAW_REF)) {
    const idx = m.indices!;
    const named = m[1] !== undefined || m[2] !== undefined;
    if (
      !named &&
      !CITED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      !ARTICLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      continue;
    const at = (g: number) => (idx[g] ? idx[g]![0] : -1);
    let law: string | undefined = m[1];
    let lawStart = at(1);
    let start = m.index;
    if (m[1] === undefined && m[2] !== undefined) {
      const t = trimUnmarkedName(m[2]);
      law = t?.name;
      lawStart = at(2) + (t?.offset ?? 0);
      // The citation starts at the name; what came before it (违反了) is not part of it.
      start = t ? lawStart : idx[3]![0] - 1;
    }
    out.push({
      span: { start, end: m.index + m[0].length },
      law,
      legal: law === undefined || isLawName(law),
      lawSpan: law !== undefined ? { start: lawStart, end: lawStart + law.length } : undefined,
      bookMarks: m[1] !== undefined,
      article: numberRef(m[3], at(3)),
      paragraph: numberRef(m[4], at(4)),
      item: numberRef(m[5], at(5)),
    });
  }
  return out;
}

const UPPER_CHARS = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿';
const YUAN = '[元圆]';
const AMOUNT = new RegExp(
  String.raw`(人民币)?(?:([${UPPER_CHARS}]+${YUAN}(?:[${UPPER_CHARS}]角)?(?:[${UPPER_CHARS}]分)?[整正]?)\s*[（(]\s*[¥￥]?\s*([\d,]+(?:\.\d+)?)\s*元?\s*[)）]|([${UPPER_CHARS}]+${YUAN}(?:[${UPPER_CHARS}]角)?(?:[${UPPER_CHARS}]分)?[整正]?)|[¥￥]\s*([\d,]+(?:\.\d+)?)|([\d,]+(?:\.\d+)?)\s*(万元|元))`,
  'g',
);

export function findAmounts(block: Block): Amount[] {
  const e = extracted(block.text);
  e.amounts ??= readAmounts(e.text);
  const by = block.span.start;
  return e.amounts.map((a) => ({
    ...a,
    span: shift(a.span, by),
    upper: a.upper && { ...a.upper, span: shift(a.upper.span, by) },
    digits: a.digits && { ...a.digits, span: shift(a.digits.span, by) },
    block,
  }));
}

function readAmounts(text: string): Unplaced<Amount>[] {
  const out: Unplaced<Amount>[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index;
    const whole = m[0];
    const currency = m[1] !== undefined;
    const upperRaw = m[2] ?? m[4];
    const digitRaw = m[3] ?? m[5] ?? m[6];
    const upperAt = upperRaw ? whole.indexOf(upperRaw) : -1;
    const digitAt = digitRaw ? whole.lastIndexOf(digitRaw) : -1;
    // A bare number of yuan only counts where it is plainly a sum (¥ or 元): 3日 or 100毫克 are not money.
    let digitValue = digitRaw ? Number(digitRaw.replace(/,/g, '')) : undefined;
    if (digitValue !== undefined && m[7] === '万元') digitValue *= 1e4;
    out.push({
      span: { start, end: start + whole.length },
      currency,
      upper: upperRaw
        ? {
            raw: upperRaw,
            value: parseUppercaseAmount(upperRaw),
            wellFormed: isWellFormedUppercase(upperRaw),
            span: { start: start + upperAt, end: start + upperAt + upperRaw.length },
          }
        : undefined,
      digits:
        digitRaw && digitValue !== undefined && Number.isFinite(digitValue)
          ? {
              raw: digitRaw,
              value: digitValue,
              span: { start: start + digitAt, end: start + digitAt + digitRaw.length },
            }
          : undefined,
    });
  }
  return out;
}

const DATE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<![\d.])(\d{4})([-./])(\d{1,2})\5(\d{1,2})(?![\d.])|([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

/** 二〇二五 → 2025: a year written digit by digit in Chinese numerals. */
function chineseYear(s: string): string {
  return [...s].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join('');
}

/**
 * Dates of the body: 2023年2月16日 (the standard form), 2023-02-16 and the like, and dates in Chinese
 * numerals (二〇二五年四月十五日, as older forms print them; GB/T 9704-2012 7.3.5.1 asks for Arabic
 * digits, so they are not the standard form).
 */
export function findDates(block: Block): BodyDate[] {
  const by = block.span.start;
  return datesIn(block.text).map((d) => ({ ...d, span: shift(d.span, by), block }));
}

/** The dates of a prose block's text, by offsets in the text (as findDates finds them, unplaced). */
export function datesIn(text: string): readonly Unplaced<BodyDate>[] {
  const e = extracted(text);
  return (e.dates ??= readDates(e.text));
}

function readDates(text: string): Unplaced<BodyDate>[] {
  const out: Unplaced<BodyDate>[] = [];
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = m[1]
      ? [m[1], m[2]!, m[3]!]
      : m[4]
        ? [m[4], m[6]!, m[7]!]
        : [
            chineseYear(m[8]!),
            String(parseChineseInteger(m[9]!) ?? 0),
            String(parseChineseInteger(m[10]!) ?? 0),
          ];
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const valid =
      !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
      new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
    // Spaces between the digits and 年月日 are not the standard's matter (GB/T 9704 7.3.5 asks for
    // Arabic digits, the full year and no leading zeros); published copies show them where a PDF
    // was converted.
    const standard = m[1] !== undefined && !/^0/.test(mo) && !/^0/.test(d);
    out.push({
      span: { start: m.index, end: m.index + m[0].length },
      raw: m[0],
      iso: valid ? iso : undefined,
      standard,
    });
  }
  return out;
}
