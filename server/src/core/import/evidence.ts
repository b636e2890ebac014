/**
 * The evidence a document lists, as rows of the format's evidence table: from a table (序号 |
 * 证据名称 | 证明内容 …), a numbered list (「1.现场检查笔录；」, CaseDraft's own exported
 * 「1.询问笔录（当事人的陈述），证明……；」) or a sentence (「以上事实，有《现场检查笔录》、
 * 《调查询问笔录》等证据为凭。」). Each cell holds only what the text says: a kind is filled in
 * only when the text names a statutory one, provenance never (a document does not carry it).
 */
import type { SourceParagraph } from './source';

export interface FoundEvidence {
  名称: string;
  种类?: string;
  证明事项?: string;
  来源?: string;
  取得时间?: string;
  收集人?: string;
  origin: SourceParagraph;
}

/** 行政处罚法 Art. 46's kinds, as docs/format.md writes them. */
const KINDS = [
  '书证',
  '物证',
  '视听资料',
  '电子数据',
  '证人证言',
  '当事人的陈述',
  '鉴定意见',
  '勘验笔录',
  '现场笔录',
];

const HEADER: Record<string, keyof Omit<FoundEvidence, 'origin'> | 'id'> = {
  序号: 'id',
  编号: 'id',
  证据编号: 'id',
  证据序号: 'id',
  名称: '名称',
  证据名称: '名称',
  证据: '名称',
  证据材料: '名称',
  证据内容: '名称',
  种类: '种类',
  证据种类: '种类',
  类别: '种类',
  证据类别: '种类',
  证明事项: '证明事项',
  证明内容: '证明事项',
  证明对象: '证明事项',
  证明目的: '证明事项',
  待证事实: '证明事项',
  来源: '来源',
  证据来源: '来源',
  提供人: '来源',
  取得时间: '取得时间',
  收集时间: '取得时间',
  调取时间: '取得时间',
  收集人: '收集人',
};

/** A list item's number: 1. 1、 1． （1） ① 一、 证据1： 第一组证据： */
const ITEM_NUMBER =
  /^(?:(?:证据|第)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:组)?(?:证据)?\s*[、．.：:）)]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[\u2460-\u2473])\s*/;

const trimPunct = (s: string) => s.replace(/^[\s\u3000]+|[\s\u3000；;。，,：:.]+$/g, '');

/** One item of a list: 「名称（种类），证明……」 or 「名称：证明……」 or just the name. */
function readItem(text: string, origin: SourceParagraph): FoundEvidence | undefined {
  const body = trimPunct(text.replace(ITEM_NUMBER, ''));
  if (!body) return undefined;
  const m = /^(.+?)(?:[，,：:]\s*(?:用以|用于|可以|拟)?(证明.+))?$/.exec(body)!;
  let name = m[1]!;
  let kind: string | undefined;
  const k = /[（(]([^（()）]+)[)）]$/.exec(name);
  if (k && KINDS.includes(k[1]!)) {
    kind = k[1];
    name = name.slice(0, k.index);
  }
  const proves = m[2] ? trimPunct(m[2].replace(/^证明/, '')) : undefined;
  return { 名称: trimPunct(name), 种类: kind, 证明事项: proves || undefined, origin };
}

/** Rows of one table of the original; the first row is its header when it names columns. */
function readTable(rows: SourceParagraph[]): FoundEvidence[] {
  const header = rows[0]!.cells!.map((c) => HEADER[c.replace(/\s+/g, '')]);
  const hasHeader = header.includes('名称');
  // Without a header: a number column, then the name, then what it proves.
  const columns = hasHeader
    ? header
    : rows[0]!.cells!.length >= 2 && /^\d+$/.test(rows[0]!.cells![0]!.trim())
      ? (['id', '名称', '证明事项'] as const)
      : (['名称', '证明事项'] as const);
  const out: FoundEvidence[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const e: Partial<FoundEvidence> = { origin: row };
    row.cells!.forEach((cell, i) => {
      const col = columns[i];
      if (col && col !== 'id' && cell) e[col] = trimPunct(cell);
    });
    if (e.种类 && !KINDS.includes(e.种类)) e.种类 = undefined;
    if (e.名称) out.push(e as FoundEvidence);
  }
  return out;
}

/** The words a sentence that lists evidence opens with (the 证据 openings of data/import.json). */
const LEAD =
  /^(?:(?:以上|上述|有关)(?:违法)?事实(?:证据)?|认定(?:以上|上述)(?:违法)?事实的?(?:主要)?证据|证明(?:以上|上述)(?:违法)?事实的证据|主要证据)[，,]?(?:主要)?(?:有|经|由|系|是|包括|如下)?/;
const TAIL =
  /(?:等(?:相关)?(?:证据材料|证据|材料))?(?:为凭|为证|予以证实|加以证明|予以证明|证实|证明|佐证|在案|可以证明|足以认定)/;

/** Numbers inside one paragraph: 「1.……；2.……」, 「证据1：……；证据2：……」. */
const INLINE_NUMBER =
  /(?:^|(?<=[；;。，,\s：:有]))(?:证据\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[：:]|\d{1,3}\s*[.、．](?!\d))/g;

/**
 * The items of a sentence that lists evidence: 「以上事实，有A、B等证据为凭」 (split at 、 and ，
 * outside 《》 and brackets) or 「主要证据有：证据1：A；证据2：B」 (split at the numbers).
 */
export function evidenceInSentence(text: string): string[] {
  // The sentence may close a paragraph of fact (「……。有关事实有……等证据证明。」).
  for (const sentence of text.split(/(?<=。)/)) {
    const names = namesIn(sentence.trim());
    if (names.length) return names;
  }
  return [];
}

function namesIn(text: string): string[] {
  const lead = LEAD.exec(text);
  if (!lead) return [];
  const rest = text.slice(lead[0].length).replace(/^[：:\s]+/, '');
  const numbers = [...rest.matchAll(INLINE_NUMBER)];
  if (numbers.length >= 2) {
    return numbers
      .map((m, i) => trimPunct(rest.slice(m.index + m[0].length, numbers[i + 1]?.index ?? rest.length)))
      .filter(Boolean);
  }
  const tail = TAIL.exec(rest);
  if (!tail) return [];
  const names: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of rest.slice(0, tail.index)) {
    if ('《（(〔'.includes(ch)) depth++;
    if ('》）)〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,'.includes(ch)) {
      names.push(cur);
      cur = '';
    } else cur += ch;
  }
  names.push(cur);
  return names
    .map((n) => trimPunct(n.replace(/^(?:以及|及|和|与)/, '')))
    .filter((n) => n && n.length <= 80 && !/^(?:下列|以下|如下)/.test(n));
}

/**
 * The evidence the paragraphs of a 证据 part list, in order. `statement` is the paragraph that
 * opened the part when it was a sentence (「以上事实，有……为证」); a sentence ending in 「：」
 * introduces a list instead.
 */
export function readEvidence(paragraphs: readonly SourceParagraph[]): FoundEvidence[] {
  const out: FoundEvidence[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'tableRow') {
      let j = i;
      while (j < paragraphs.length && paragraphs[j]!.kind === 'tableRow' && paragraphs[j]!.table === p.table)
        j++;
      out.push(...readTable(paragraphs.slice(i, j) as SourceParagraph[]));
      i = j - 1;
      continue;
    }
    if (p.kind === 'listItem' || ITEM_NUMBER.test(p.text)) {
      const e = readItem(p.text, p);
      if (e) out.push(e);
      continue;
    }
    if (/[：:]$/.test(p.text)) continue;
    for (const name of evidenceInSentence(p.text)) out.push({ 名称: name, origin: p });
  }
  return out;
}
