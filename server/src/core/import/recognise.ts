/**
 * The structure of an original document, read from its paragraphs: the title (and so the
 * document type), the issuing body, the 文号, the party block, where each part begins, and the
 * signing block. Nothing here changes the text; emit.ts writes the draft from this.
 *
 * Parts are found by their heading lines where the document has them (recogniseSection, the
 * parser's recogniser), and otherwise by the words they open with (shapes.ts). Opening words can
 * also occur inside another part, so the starts are chosen together: the largest set of starts
 * that follows one of the document type's orders of parts, headings always kept.
 */
import data from '../../../../data/import.json';
import { findDocType, type DocType } from '../doctypes';
import { readParties, type FoundParty } from './party';
import { DOC_NUMBER, headingOf, openingsOf, recogniseTitle, squeeze } from './shapes';
import type { SourceFormat, SourceParagraph } from './source';

export interface SectionStart {
  /** Index into the paragraphs. */
  index: number;
  name: string;
  /** The paragraph is the document's own heading line for the part. */
  heading: boolean;
}

export interface Recognised {
  doctype?: DocType;
  /** Indices into the paragraphs, each when found. */
  title?: number;
  docNumber?: { value: string; index: number };
  issuer?: { value: string; index: number };
  parties: FoundParty[];
  party?: { start: number; end: number };
  sections: SectionStart[];
  signing?: { start: number; date: number; iso?: string };
  /** The document's paragraphs are [start, end): a web page's navigation and footer are not. */
  start: number;
  end: number;
  /** Headings the document has that name no known part: kept as sub-headings. */
  otherHeadings: Set<number>;
}

const ORGAN =
  /(?:局|委员会|委|厅|部|署|办公室|政府|中心|支队|大队|中队|分局|所|站|处|队|院|执法局|管理局)(?:[（(][^）)]{1,20}[)）])?$/;
/** 「自资罚202504」: a 文号 printed without its year's brackets. */
const BARE_NUMBER = /^[\u4e00-\u9fa5（）()]{2,16}\d{4,}号?$/;
const SEAL = /^[（(]?(?:印章|盖章|公章|签章|章)[)）]?$/;
const DATE_LINE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$|^([〇零○O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;

export function recognise(paragraphs: readonly SourceParagraph[], format: SourceFormat): Recognised {
  const r: Recognised = {
    parties: [],
    sections: [],
    start: 0,
    end: paragraphs.length,
    otherHeadings: new Set(),
  };
  const text = (i: number) => paragraphs[i]?.text ?? '';

  // The title is near the top; on a web page it is where the document begins.
  for (let i = 0; i < Math.min(paragraphs.length, 40); i++) {
    const t = recogniseTitle(text(i));
    if (!t) continue;
    r.title = i;
    r.doctype = t.doctype;
    if (t.docNumber) r.docNumber = { value: t.docNumber, index: i };
    // The issuing body heads the title line, or stands on a line above it (above the 文号, too).
    if (t.issuer && ORGAN.test(t.issuer)) r.issuer = { value: t.issuer, index: i };
    else
      for (const k of [i - 1, i - 2])
        if (k >= 0 && isOrganLine(text(k))) {
          r.issuer = { value: squeeze(text(k)), index: k };
          break;
        }
    for (const k of [i - 1, i - 2])
      if (!r.docNumber && k >= 0 && DOC_NUMBER.test(squeeze(text(k))))
        r.docNumber = { value: docNumberOf(text(k)), index: k };
    if (format === 'html') r.start = Math.min(i, r.issuer?.index ?? i, r.docNumber?.index ?? i);
    break;
  }

  let next = r.title !== undefined ? r.title + 1 : r.start;
  for (let i = next; !r.docNumber && i < Math.min(paragraphs.length, next + 3); i++) {
    // Right under the title, a short 代字 and number is the 文号 even without its brackets.
    if (
      DOC_NUMBER.test(squeeze(text(i))) ||
      (i === next && r.title !== undefined && BARE_NUMBER.test(squeeze(text(i))))
    ) {
      r.docNumber = { value: docNumberOf(text(i)), index: i };
      next = i + 1;
    }
  }
  if (r.docNumber && r.docNumber.index >= next) next = r.docNumber.index + 1;

  if (r.doctype?.kind === 'record') {
    r.sections.push(...recordStarts(paragraphs, next, r.end, r.doctype));
    return r;
  }

  // The party block opens within the first few paragraphs after the head.
  for (let i = next; i < Math.min(paragraphs.length, next + 6); i++) {
    // The party's own heading (「一、当事人基本情况」) makes what follows its head as well.
    const before = i > 0 ? headingOf(text(i - 1), paragraphs[i - 1]?.kind === 'heading') : undefined;
    const { parties, end } = readParties(paragraphs, i, i === next || before?.name === '当事人');
    if (!parties.length) continue;
    r.parties = parties;
    const start = i > next && before?.name === '当事人' ? i - 1 : i;
    if (end > i) {
      r.party = { start, end };
      r.sections.push({ index: start, name: '当事人', heading: start !== i });
      next = end;
    }
    break;
  }
  findSigning(r, paragraphs, format);
  const bodyEnd = r.signing?.start ?? r.end;
  r.sections.push(...chooseStarts(paragraphs, next, bodyEnd, r));
  if (r.signing) r.sections.push({ index: r.signing.start, name: '落款', heading: false });
  return r;
}

const docNumberOf = (t: string) => squeeze(t).replace(/^文号[：:]/, '');

function isOrganLine(t: string): boolean {
  const s = squeeze(t);
  return s.length >= 3 && s.length <= 40 && !/[，。；：:,;]/.test(s) && ORGAN.test(s);
}

/** The signing block: the date line near the end and the issuing body's lines (and seal) above it. */
function findSigning(r: Recognised, paragraphs: readonly SourceParagraph[], format: SourceFormat): void {
  const low = Math.max(r.title ?? 0, r.end - 15);
  for (let d = r.end - 1; d >= low; d--) {
    const m = DATE_LINE.exec(squeeze(paragraphs[d]!.text));
    if (!m) continue;
    let start = d;
    while (start - 1 > (r.party?.end ?? r.title ?? -1)) {
      const t = squeeze(paragraphs[start - 1]!.text);
      if (SEAL.test(t) || isOrganLine(t)) start--;
      else break;
    }
    r.signing = { start, date: d, iso: m[1] ? iso(+m[1], +m[2]!, +m[3]!) : chineseDate(m[4]!, m[5]!, m[6]!) };
    const organ = paragraphs.slice(start, d).find((p) => isOrganLine(p.text));
    if (organ) r.issuer = { value: squeeze(organ.text), index: paragraphs.indexOf(organ) };
    if (format === 'html') {
      // The page around the document ends where the document does: the date and a seal line.
      let end = d + 1;
      while (end < r.end && SEAL.test(squeeze(paragraphs[end]!.text))) end++;
      r.end = end;
    }
    return;
  }
}

function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s) ? s : undefined;
}

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  O: 0,
  '0': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二三年二月十六日 → 2023-02-16. */
function chineseDate(y: string, m: string, d: string): string | undefined {
  const year = Number([...y].map((c) => DIGIT[c]).join(''));
  const small = (s: string) => {
    if (s === '十') return 10;
    const [a, b] = s.split('十');
    if (b === undefined) return DIGIT[a!];
    return (a ? DIGIT[a]! : 1) * 10 + (b ? DIGIT[b]! : 0);
  };
  const mm = small(m);
  const dd = small(d);
  return mm && dd ? iso(year, mm, dd) : undefined;
}

/** 「询问时间：2025年1月1日」, 「被询问人：」: a record's labelled line (a short label, no sentence before the colon). */
const LABEL_LINE = /^[\u4e00-\u9fa5（）()]{2,12}[：:]/;

/**
 * A record's parts (询问笔录: 基本情况, 问答, 签名; 现场检查笔录: 基本情况, 检查情况, 签名): the
 * labelled lines at its head, then the questions and answers or the account of the inspection,
 * then the labelled lines where the people present sign. Heading lines the record has are taken
 * as they are. A record has no addressee and no party block: who was questioned is a labelled
 * line of its head, not the case's party.
 */
function recordStarts(
  paragraphs: readonly SourceParagraph[],
  from: number,
  to: number,
  doctype: DocType,
): SectionStart[] {
  const [head, body, signing] = doctype.requiredSections as [string, string, string];
  const headings: SectionStart[] = [];
  for (let i = from; i < to; i++) {
    const h = headingOf(paragraphs[i]!.text, paragraphs[i]!.kind === 'heading');
    if (h?.known && [head, body, signing].includes(h.name))
      headings.push({ index: i, name: h.name, heading: true });
  }
  if (headings.length) return headings;
  const label = (i: number) => LABEL_LINE.test(squeeze(paragraphs[i]!.text));
  let main = from;
  while (main < to && label(main)) main++;
  let sign = to;
  while (sign - 1 > main && label(sign - 1)) sign--;
  const starts: SectionStart[] = [];
  if (main > from) starts.push({ index: from, name: head, heading: false });
  if (main < sign) starts.push({ index: main, name: body, heading: false });
  if (sign < to) starts.push({ index: sign, name: signing, heading: false });
  return starts;
}

const ORDERS: Record<string, string[][]> = data.sectionOrders;

/**
 * Where the parts between the party block and the signing block begin: the largest set of
 * starts, in one of the document type's orders, where each start is a heading line for the part
 * (always kept) or a paragraph opening with the part's words; the earliest such paragraph wins.
 */
function chooseStarts(
  paragraphs: readonly SourceParagraph[],
  from: number,
  to: number,
  r: Recognised,
): SectionStart[] {
  const orders = ORDERS[r.doctype?.name ?? '行政处罚决定书'] ?? [];
  const required = new Set((r.doctype ?? findDocType('行政处罚决定书'))?.requiredSections);
  const all = new Set(orders.flat());
  interface Candidate {
    index: number;
    names: readonly string[];
    weight: number;
    heading: boolean;
  }
  const candidates: Candidate[][] = [];
  for (let i = from; i < to; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'tableRow') {
      candidates.push([]);
      continue;
    }
    const h = headingOf(p.text, p.kind === 'heading');
    if (h) {
      // A heading of no known part is still the document's part, unless the file marks a
      // sub-heading (「（一）大气污染」) inside one.
      if (h.known || !(p.kind === 'heading' && !h.ordinal))
        candidates.push([{ index: i, names: h.names, weight: 1000, heading: true }]);
      else {
        r.otherHeadings.add(i);
        candidates.push([]);
      }
      continue;
    }
    // A part the document type requires counts for more than an optional one at the same place.
    const opens = openingsOf(p.text, all, i === from).map((name) => ({
      index: i,
      names: [name],
      weight: required.has(name) ? 2 : 1,
      heading: false,
    }));
    // The facts follow the head or the case source even when their first words are not the
    // usual ones (「2025年9月9日，……巡查时发现」): a weak start, outweighed by any real one.
    const prev = candidates[candidates.length - 1];
    const head = r.title !== undefined || r.parties.length > 0;
    if (head && (i === from || prev?.some((c) => c.names[0] === '案件来源与调查经过')))
      opens.push({ index: i, names: ['违法事实'], weight: 0.5, heading: false });
    candidates.push(opens);
  }

  let best: { score: number; picks: SectionStart[] } = { score: -1, picks: [] };
  for (const order of orders) {
    const pos = new Map(order.map((n, i) => [n, i]));
    // state[k]: the best picks whose last part is order[k - 1] (state[0]: none yet).
    let state: ({ score: number; picks: SectionStart[] } | undefined)[] = [{ score: 0, picks: [] }];
    for (const cands of candidates) {
      const nextState = [...state];
      for (const c of cands) {
        const first = pos.get(c.names[0]!);
        const last = pos.get(c.names[c.names.length - 1]!);
        if (first === undefined || last === undefined) continue;
        for (let k = 0; k <= first; k++) {
          const s = state[k];
          if (!s) continue;
          const score = s.score + c.weight;
          if (score > (nextState[last + 1]?.score ?? -1))
            nextState[last + 1] = {
              score,
              picks: [...s.picks, { index: c.index, name: c.names[0]!, heading: c.heading }],
            };
        }
      }
      state = nextState;
    }
    for (const s of state) if (s && s.score > best.score) best = s;
  }
  // Headings of parts outside every order (e.g. 落款 written as a heading) are still parts.
  const picked = new Set(best.picks.map((p) => p.index));
  for (const cands of candidates)
    for (const c of cands)
      if (c.heading && !picked.has(c.index))
        best.picks.push({ index: c.index, name: c.names[0]!, heading: true });
  return best.picks.sort((a, b) => a.index - b.index);
}
