/**
 * The fine range of a penalty provision, read from the words of the law (data/laws/), for any
 * article a decision cites — not only the catalog's: 「处一万元以上十万元以下的罚款」, 「处五百元以下罚款」,
 * multiples of an amount (「并处货值金额十倍以上二十倍以下罚款」, 「处建设工程造价百分之五以上百分之十以下
 * 的罚款」), ranges for 单位 and 个人 (消防法 Art. 60 para 2: 「个人有前款第二项……行为之一的，处警告或者
 * 五百元以下罚款」), for the responsible persons of a unit, and conditional branches (「情节严重的」,
 * 「逾期未改正的」, 「货值金额一万元以上的」).
 */
import { documentDate } from './case/documents';
import type { FineRange } from './catalog';
import { resolveCitations, type ResolvedCitation } from './citations';
import { articleText, getArticle, lawOnDate, type Law, type LawOnDate } from './laws';
import type { CaseModel } from './model';
import { parseChineseInteger } from './numerals';

/** Whom a range is for: the unit, the individual, a unit's responsible persons, or whoever is the party. */
export type FineTarget = '单位' | '个人' | '责任人员';

export interface ReadRange extends FineRange {
  target?: FineTarget;
  /** The paragraph (款) the words are in, from 1. */
  paragraph: number;
}

const NUM = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿]+)';
const MONEY = `(${NUM})(万元|元)`;
const CN_HEAD = '(?:并处|处以|处)';
// 「处警告或者五百元以下罚款」, 「处警告、通报批评或者……」: a lesser penalty named before the fine.
const LESSER = '(?:[^，；。：\\d]{0,10}?或者)?';
const FINE_END = '(?:的)?罚款';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<FineRange, 'quote'> | undefined }[] = [
  {
    re: new RegExp(`${CN_HEAD}${LESSER}${MONEY}以上${MONEY}以下${FINE_END}`, 'g'),
    read: (m) => fixed(money(m[1]!, m[2]!), money(m[3]!, m[4]!)),
  },
  {
    re: new RegExp(`${CN_HEAD}${LESSER}${MONEY}以下${FINE_END}`, 'g'),
    read: (m) => fixed(0, money(m[1]!, m[2]!)),
  },
  {
    re: new RegExp(`${CN_HEAD}${LESSER}${MONEY}以上${FINE_END}`, 'g'),
    read: (m) => fixed(money(m[1]!, m[2]!), undefined),
  },
  {
    re: new RegExp(
      `${CN_HEAD}([\\u4e00-\\u9fa5、]{2,24}?)(${NUM}|等值)(?:倍)?以上(${NUM})倍以下${FINE_END}`,
      'g',
    ),
    read: (m) => times(m[1]!, m[2] === '等值' ? 1 : num(m[2]!), num(m[3]!)),
  },
  {
    re: new RegExp(`${CN_HEAD}([\\u4e00-\\u9fa5、]{2,24}?)(${NUM})倍以下${FINE_END}`, 'g'),
    read: (m) => times(m[1]!, 0, num(m[2]!)),
  },
  {
    re: new RegExp(
      `${CN_HEAD}([\\u4e00-\\u9fa5、]{2,24}?)百分之(${NUM})以上百分之(${NUM})以下${FINE_END}`,
      'g',
    ),
    read: (m) => times(m[1]!, pct(m[2]!), pct(m[3]!)),
  },
  {
    re: new RegExp(`${CN_HEAD}([\\u4e00-\\u9fa5、]{2,24}?)百分之(${NUM})以下${FINE_END}`, 'g'),
    read: (m) => times(m[1]!, 0, pct(m[2]!)),
  },
];

function num(s: string): number | undefined {
  return /^\d/.test(s) ? Number(s) : parseChineseInteger(s);
}

function money(n: string, unit: string): number | undefined {
  const v = num(n);
  return v === undefined ? undefined : unit === '万元' ? v * 1e4 : v;
}

const pct = (s: string) => {
  const v = num(s);
  return v === undefined ? undefined : v / 100;
};

function fixed(min: number | undefined, max: number | undefined): Omit<FineRange, 'quote'> | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (max !== undefined && min !== undefined && min > max) return undefined;
  return max === undefined ? { min } : { min: min ?? 0, max };
}

/** 「违法生产、销售产品货值金额」 is 货值金额 and 「其违法所得」 违法所得: the bases the draft can give. */
const BASES = ['货值金额', '违法所得', '违法收入'];

function times(
  base: string,
  lo: number | undefined,
  hi: number | undefined,
): Omit<FineRange, 'quote'> | undefined {
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const known = BASES.find((b) => base.endsWith(b));
  return { base: known ?? base, minTimes: lo, maxTimes: hi };
}

/** A rate right after a base's name: 「的6%」, 「的百分之六」, 「三倍」 — not a range's bound (「百分之五以上」). */
const RATE = new RegExp(
  `的?(?:(\\d+(?:\\.\\d+)?)\\s*[%％]|百分之(${NUM})|(${NUM})倍)(?![\\d.%％零〇一二两三四五六七八九十百千万亿]|以上|以下|至)`,
  'y',
);

/**
 * The bases a decision gives by the rate it says it applied (「按建设工程造价的6%进行处罚」, 「处货值
 * 金额三倍的罚款」): the base is then the fine over the rate, so the range is checked although the
 * text states the base's amount in words a reader matches (「房屋修建合同总价为20000.00元」) and
 * the front matter has no key for it. A rate counts only right after the base's own name.
 */
export function basesByRate(
  model: CaseModel,
  fine: number,
  names: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of names)
    for (const b of model.blocks)
      for (let i = b.text.indexOf(name); i >= 0 && out[name] === undefined; i = b.text.indexOf(name, i + 1)) {
        RATE.lastIndex = i + name.length;
        const m = RATE.exec(b.text);
        const rate = m && (m[1] ? Number(m[1]) / 100 : m[2] ? pct(m[2]) : num(m[3]!));
        if (rate) out[name] = fine / rate;
      }
  return out;
}

/** The target named just before a fine within its clause: 「对单位处」, 「对其直接负责的主管人员……处」. */
function targetBefore(text: string): FineTarget | undefined {
  const i = Math.max(text.lastIndexOf('对'), 0);
  const tail = text.slice(i);
  if (/^对(?:其)?(?:直接负责的)?主管人员|^对(?:其他)?直接责任人员|^对[^，；。]{0,6}负责人/.test(tail))
    return '责任人员';
  if (/^对(?:违法)?单位/.test(tail)) return '单位';
  if (/^对(?:违法)?个人|^对自然人|^对公民/.test(tail)) return '个人';
  return undefined;
}

/** Who a paragraph is about, from its subject: 「单位违反本法规定」, 「个人有前款……行为之一的」. */
function paragraphTarget(text: string): FineTarget | undefined {
  if (/^单位/.test(text)) return '单位';
  if (/^(?:个人|自然人|公民)/.test(text)) return '个人';
  return undefined;
}

/** The ranges in one paragraph's words (its lead, or an item), clause by clause. */
export function readFineRanges(words: string, paragraph = 1): ReadRange[] {
  const out: ReadRange[] = [];
  // Parentheticals (「（包括已售出和未售出的产品，下同）」) are read past; quotes leave them out.
  const text = words.replace(/（[^（）]*）/g, '');
  const defaultTarget = paragraphTarget(text);
  let clauseStart = 0;
  const clauses: { start: number; text: string }[] = [];
  for (const m of text.matchAll(/[；。：:]/g)) {
    clauses.push({ start: clauseStart, text: text.slice(clauseStart, m.index) });
    clauseStart = m.index + 1;
  }
  if (clauseStart < text.length) clauses.push({ start: clauseStart, text: text.slice(clauseStart) });
  clauses.forEach((c, ci) => {
    const found: { index: number; end: number; range: Omit<FineRange, 'quote'>; quote: string }[] = [];
    for (const p of PATTERNS) {
      for (const m of c.text.matchAll(p.re)) {
        const taken = found.some((f) => m.index < f.end && m.index + m[0].length > f.index);
        const range = taken ? undefined : p.read(m as RegExpExecArray);
        if (range) found.push({ index: m.index, end: m.index + m[0].length, range, quote: m[0] });
      }
    }
    found.sort((a, b) => a.index - b.index);
    // A branch's condition is the 「……的，」 before it: a later clause's opening (「情节严重的，」,
    // 「逾期未改正的，」), and within a clause the one after the range before (「广告费用无法计算或者明显
    // 偏低的，」). The first range of a paragraph is its basic one.
    const opening = ci > 0 ? /^([^，]*?的)，/.exec(c.text) : null;
    let prev = opening ? opening[0].length : 0;
    let sub: string | undefined;
    for (const f of found) {
      const between = c.text.slice(prev, f.index);
      const conds = [...between.matchAll(/(?:^|，)([^，]*?的)，/g)].map((m) => m[1]!);
      const own = conds.filter((x) => !/下列|本法|本条|前款/.test(x))[0];
      if (own && f !== found[0]) sub = own;
      else if (own && opening) sub = own;
      const cond = [opening?.[1], sub].filter(Boolean).join('，') || undefined;
      const target = targetBefore(between) ?? defaultTarget;
      prev = f.end;
      out.push({
        ...f.range,
        ...(cond ? { condition: cond } : {}),
        ...(target ? { target } : {}),
        paragraph,
        quote: f.quote,
      });
    }
  });
  return out;
}

/** 「个人有前款第二项、第三项……行为之一的」: the items of the paragraph before that a paragraph refers to. */
function referredItems(text: string): { paragraph: 'previous' | number; items: number[] } | undefined {
  const m = /(前款|本条第([一二三四五六七八九十]+)款)((?:第[一二三四五六七八九十]+项[、和或者至]*)+)/.exec(
    text,
  );
  if (!m) return undefined;
  const items = [...m[3]!.matchAll(/第([一二三四五六七八九十]+)项/g)].map((x) => parseChineseInteger(x[1]!)!);
  // 「第二项至第五项」 covers the items between.
  if (/至/.test(m[3]!) && items.length === 2) for (let i = items[0]! + 1; i < items[1]!; i++) items.push(i);
  return { paragraph: m[1] === '前款' ? 'previous' : parseChineseInteger(m[2]!)!, items };
}

/** What the reader finds for a cited provision. */
export interface ProvisionRanges {
  ranges: ReadRange[];
  /** The article, paragraph or item does not exist in the bundled text. */
  missing?: boolean;
}

/**
 * The ranges that apply to a citation of `article` (paragraph, item): those of the cited paragraph's
 * words (the item's own, where it has any), and of any other paragraph that refers back to the
 * cited item (消防法 Art. 60 para 2 for individuals). A citation of the whole article reads every
 * paragraph.
 */
export function rangesOfProvision(
  law: Law,
  article: number,
  paragraph?: number,
  item?: number,
): ProvisionRanges {
  // A law's text never changes: each provision is read once per process, whatever cites it.
  let byProvision = provisionRanges.get(law);
  if (!byProvision) provisionRanges.set(law, (byProvision = new Map()));
  const key = `${article}/${paragraph ?? ''}/${item ?? ''}`;
  let found = byProvision.get(key);
  if (!found) byProvision.set(key, (found = readProvisionRanges(law, article, paragraph, item)));
  return found;
}
const provisionRanges = new WeakMap<Law, Map<string, ProvisionRanges>>();

function readProvisionRanges(law: Law, article: number, paragraph?: number, item?: number): ProvisionRanges {
  const a = getArticle(law, article);
  if (!a) return { ranges: [], missing: true };
  if (paragraph === undefined && item === undefined)
    return {
      ranges: a.paragraphs.flatMap((p, i) => [p.text, ...p.items].flatMap((t) => readFineRanges(t, i + 1))),
    };
  const pIndex = paragraph ?? 1;
  const p = a.paragraphs[pIndex - 1];
  if (!p) return { ranges: [], missing: true };
  if (item !== undefined && !articleText(law, article, pIndex, item)) return { ranges: [], missing: true };
  const own = item !== undefined ? readFineRanges(p.items[item - 1]!, pIndex) : [];
  const ranges = own.length ? own : readFineRanges(p.text, pIndex);
  a.paragraphs.forEach((q, i) => {
    if (i === pIndex - 1) return;
    const ref = referredItems(q.text);
    if (!ref) return;
    const to = ref.paragraph === 'previous' ? i : ref.paragraph;
    if (to === pIndex && (item === undefined || ref.items.includes(item)))
      ranges.push(...readFineRanges(q.text, i + 1));
  });
  return { ranges };
}

export type FineVerdict =
  /** Within a range that applies to the party. */
  | { kind: 'inside'; range: ReadRange }
  /** Above every applicable range's maximum. */
  | { kind: 'above'; ranges: ReadRange[]; max: number }
  /** Below every applicable range's minimum (lawful only with 减轻处罚, Art. 32). */
  | { kind: 'below'; ranges: ReadRange[]; min: number }
  /** The ranges are multiples of an amount the draft does not give. */
  | { kind: 'needs-base'; bases: string[]; ranges: ReadRange[] }
  /** The provision sets no fine range (or none for this party). */
  | { kind: 'none' };

/**
 * Checks a fine against the ranges of a provision for a party (单位 or 个人), with the amounts the
 * draft gives for bases (违法所得 …). A range for a unit's responsible persons never applies to the
 * party itself; a range for 单位 does not apply to an individual and the other way round.
 */
export function judgeFine(
  fine: number,
  ranges: readonly ReadRange[],
  party: '单位' | '个人' | undefined,
  bases: Readonly<Record<string, number>> = {},
): FineVerdict {
  const forParty = ranges.filter(
    (r) => r.target !== '责任人员' && (!r.target || !party || r.target === party),
  );
  if (!forParty.length) return { kind: 'none' };
  const resolved: { range: ReadRange; min: number; max: number }[] = [];
  const unresolved: ReadRange[] = [];
  for (const r of forParty) {
    if (r.base === undefined) resolved.push({ range: r, min: r.min ?? 0, max: r.max ?? Infinity });
    else {
      const b = bases[r.base];
      if (b === undefined) unresolved.push(r);
      else resolved.push({ range: r, min: b * (r.minTimes ?? 0), max: b * (r.maxTimes ?? Infinity) });
    }
  }
  const hit = resolved.find((r) => fine >= r.min && fine <= r.max);
  if (hit) return { kind: 'inside', range: hit.range };
  if (unresolved.length)
    return { kind: 'needs-base', bases: [...new Set(unresolved.map((r) => r.base!))], ranges: unresolved };
  const max = Math.max(...resolved.map((r) => r.max));
  const min = Math.min(...resolved.map((r) => r.min));
  if (fine > max) return { kind: 'above', ranges: resolved.map((r) => r.range), max };
  // Between two ranges (above one branch's maximum, below another's minimum) counts as below the
  // branch it could belong to: the officer must say why it is lower.
  return {
    kind: 'below',
    ranges: resolved.map((r) => r.range),
    min: fine < min ? min : nextMin(resolved, fine),
  };
}

function nextMin(rs: { min: number }[], fine: number): number {
  return Math.min(...rs.map((r) => r.min).filter((m) => m > fine));
}

/**
 * The day whose law sets the penalty: 行政处罚法 Art. 37 — 「实施行政处罚，适用违法行为发生时的法律、
 * 法规、规章的规定」 (the end of a continuing act), else the decision's date (程序.决定, or the date it
 * is signed on where the front matter has none). (Its exception, a later lighter law, needs both
 * versions; where only one is bundled the other is said to be unread.)
 */
export function penaltyLawDate(model: CaseModel): string | undefined {
  const p = model.facts.程序;
  return p?.违法行为终了 ?? p?.违法行为发生 ?? documentDate(model)?.iso;
}

/** 「第九十七条第四项」 → its numbers, or undefined when the label is not one. */
export function parseProvisionLabel(
  label: string,
): { article: number; paragraph?: number; item?: number } | undefined {
  const m =
    /^第([零〇一二三四五六七八九十百千]+)条(?:第([一二三四五六七八九十]+)款)?(?:第([一二三四五六七八九十]+)项)?$/.exec(
      label,
    );
  const article = m ? parseChineseInteger(m[1]!) : undefined;
  if (!m || article === undefined) return undefined;
  const n = (x?: string) => (x ? parseChineseInteger(x) : undefined);
  return { article, paragraph: n(m[2]), item: n(m[3]) };
}

/** A provision the decision imposes its penalty under (「依据《……》第……条……的规定」), with its ranges. */
export interface PenaltyProvision {
  citation: ResolvedCitation;
  /** The version in force on the decision's date. */
  law: Law;
  article: number;
  paragraph?: number;
  item?: number;
  ranges: ReadRange[];
}

export interface CitedPenalty {
  /** Cited 依据 provisions that set a fine range. */
  provisions: PenaltyProvision[];
  /** Cited 依据 provisions whose law (in the version of that day) is not bundled. */
  unread: {
    citation: ResolvedCitation;
    name: string;
    status: 'not-bundled' | 'earlier-version' | 'not-enacted';
  }[];
  /** Cited 依据 provisions of a bundled law that set no range (「可以处以罚款」) or do not exist. */
  noRange: ResolvedCitation[];
}

// The 「违反……」 and 「依据……」 of a sentence: the later one before a citation decides what it is.
const BASIS_WORD = /(依据|依照|根据|按照|违反)/g;
const NOT_PENALTY_SECTIONS = new Set([
  '违法事实',
  '证据',
  '陈述申辩与听证',
  '履行方式和期限',
  '救济途径',
  '落款',
]);

/**
 * The provisions a decision cites as the basis of its penalty: citations after 依据/依照/根据/按照
 * (not after 违反) in the decision's own text, each read in the version of its law in force on the
 * decision's date.
 */
export function citedPenalty(model: CaseModel): CitedPenalty {
  const out: CitedPenalty = { provisions: [], unread: [], noRange: [] };
  const date = penaltyLawDate(model);
  for (const r of resolveCitations(model)) {
    const c = r.citation;
    if (!r.name || c.article?.value === undefined) continue;
    if (c.block.section && NOT_PENALTY_SECTIONS.has(c.block.section.name)) continue;
    const before = model.text.slice(c.block.span.start, c.span.start);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
    const words = [...sentence.matchAll(BASIS_WORD)].map((m) => m[1]);
    if (!words.length || words[words.length - 1] === '违反') continue;
    // Undated, more than one version can apply: the fine is judged only where they all read alike.
    if (date === undefined && !readAlike(r.possible, c.article.value, c.paragraph?.value, c.item?.value))
      continue;
    const v = lawOnDate(r.name, date);
    if (v.status !== 'in-force') {
      out.unread.push({ citation: r, name: r.name, status: v.status });
      continue;
    }
    const { ranges, missing } = rangesOfProvision(v.law, c.article.value, c.paragraph?.value, c.item?.value);
    if (ranges.length && !missing)
      out.provisions.push({
        citation: r,
        law: v.law,
        article: c.article.value,
        paragraph: c.paragraph?.value,
        item: c.item?.value,
        ranges,
      });
    // Citations of the 行政处罚法 beside the penalty provision (Arts. 28, 32 …) set no range: not a gap.
    else if (v.law.name !== '中华人民共和国行政处罚法') out.noRange.push(r);
  }
  return out;
}

/**
 * Whether a provision reads the same in every version it can be read in (citations.ts
 * `possibleVersions`): one version, or several bundled ones with the same words. Where they differ,
 * an undated decision's fine is not judged.
 */
export function readAlike(
  states: readonly LawOnDate[],
  article: number,
  paragraph?: number,
  item?: number,
): boolean {
  if (states.length < 2) return true;
  const texts = states.map((v) =>
    v.status === 'in-force' ? articleText(v.law, article, paragraph, item) : undefined,
  );
  return texts.every((t) => t !== undefined && t === texts[0]);
}

/**
 * How a decision below the minimum explains itself: 减轻处罚 said, and the ground of 行政处罚法
 * Art. 32 cited (an item, 第三十二条第一项 …) or only named (第三十二条 without an item).
 */
export function mitigation(model: CaseModel): 'ground' | 'stated' | 'none' {
  const said = model.blocks.some((b) => /减轻(?:行政)?处罚|从轻或者减轻/.test(b.text));
  if (!said) return 'none';
  const art32 = resolveCitations(model).filter(
    (r) => r.law?.name === '中华人民共和国行政处罚法' && r.citation.article?.value === 32,
  );
  if (art32.some((r) => r.citation.item?.value !== undefined)) return 'ground';
  // Or the ground in the words of an item (「主动消除或者减轻违法行为危害后果」 …), the fifth excepted.
  const law = lawOnDate('中华人民共和国行政处罚法', model.facts.程序?.决定);
  const items = law.status === 'in-force' ? (getArticle(law.law, 32)?.paragraphs[0]?.items ?? []) : [];
  const grounds = items
    .slice(0, 4)
    .map((t) => t.replace(/^（[一二三四五六七八九十]+）/, '').replace(/的[；。]$/, ''));
  return model.blocks.some((b) => grounds.some((g) => b.text.includes(g))) ? 'ground' : 'stated';
}
