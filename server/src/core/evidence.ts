import data from '../../../data/evidence.json';
import { factStatements, sentencesOf } from './fact-roles';
import { evidenceId, isSection, type CaseModel, type EvidenceRow } from './model';
import { parseChineseInteger } from './numerals';
import type { Span } from './types';
import { own } from './own';

const statutory = new Set(data.kinds.statutory);
const kindAliases: Record<string, string> = data.kinds.aliases;

export const STATUTORY_EVIDENCE_KINDS: readonly string[] = data.kinds.statutory;

export function isStatutoryKind(kind: string): boolean {
  return statutory.has(kind.trim());
}

/** The statutory kind a common nonstatutory word most likely means, if any. */
export function likelyKind(kind: string): string | undefined {
  return own(kindAliases, kind.trim());
}

const has = (text: string | undefined, words: readonly string[]) =>
  !!text && words.some((w) => text.includes(w));

/** Records that officers make on the spot, which Art. 42 requires two of them to make. */
export function needsTwoCollectors(row: EvidenceRow): boolean {
  return (
    data.twoCollectors.kinds.includes(row.cells.种类?.text ?? '') ||
    has(row.cells.名称?.text, data.twoCollectors.names)
  );
}

export function isSampledReport(row: EvidenceRow): boolean {
  return has(row.cells.名称?.text, data.sampling.reports);
}

export function isSamplingRecord(row: EvidenceRow): boolean {
  return has(row.cells.名称?.text, data.sampling.records);
}

/** Which of 采样点 / 采样方法 the row's 证明事项 fails to state. */
export function missingSamplingStatements(row: EvidenceRow): string[] {
  const text = row.cells.证明事项?.text ?? '';
  return Object.entries(data.sampling.mustState as Record<string, string[]>)
    .filter(([, words]) => !has(text, words))
    .map(([name]) => name);
}

/** Evidence ids a row's 来源 or 证明事项 points at (依据证据2采样). */
export function referencedIds(row: EvidenceRow): string[] {
  const text = `${row.cells.来源?.text ?? ''} ${row.cells.证明事项?.text ?? ''}`;
  return [...text.matchAll(/证据\s*(\d+)/g)].map((m) => evidenceId(m[1]!));
}

/** One piece of evidence as the document lists it: a table row, a numbered item, or a name in a sentence. */
export interface EvidenceItem {
  /** `证据N` when the document numbers it (the table's 编号, 证据一：, 1.). */
  id?: string;
  /** What the document calls it: the 名称 cell, or the item's words. */
  name: string;
  /** The 种类 cell, for a table row. */
  kind?: string;
  /** All the item says (for a row: 名称 and 证明事项). */
  text: string;
  span: Span;
  row?: EvidenceRow;
}

export interface EvidenceList {
  /** `table`: the evidence table; `list`: numbered items in prose or a list; `prose`: names in a sentence. */
  form: 'table' | 'list' | 'prose';
  items: EvidenceItem[];
  /** Where the prose evidence is stated (the 以上事实，有……为凭 sentences); empty for a table. */
  statements: Span[];
}

const evidenceCache = new WeakMap<CaseModel, EvidenceList | undefined>();

/**
 * The evidence of the draft, however the document gives it: the table of the 证据 section, or —
 * as published decisions do — a sentence or numbered list (以上事实，有《现场检查笔录》、……等证据为凭;
 * 主要证据有：证据1：……；证据2：……; 1.现场检查记录1份；2.……). Undefined when the draft gives none.
 */
export function evidenceOf(model: CaseModel): EvidenceList | undefined {
  if (!evidenceCache.has(model)) evidenceCache.set(model, readEvidence(model));
  return evidenceCache.get(model);
}

function readEvidence(model: CaseModel): EvidenceList | undefined {
  if (model.evidence) {
    return {
      form: 'table',
      statements: [],
      items: model.evidence.rows.map((row) => ({
        id: row.id || undefined,
        name: row.cells.名称?.text ?? '',
        kind: row.cells.种类?.text,
        text: `${row.cells.名称?.text ?? ''} ${row.cells.证明事项?.text ?? ''}`,
        span: row.span,
        row,
      })),
    };
  }
  const pieces: { text: string; start: number }[] = [];
  for (const f of factStatements(model))
    for (const s of f.sentences)
      if (s.role === 'evidence') pieces.push({ text: s.text, start: s.span.start });
  // 上述行为及事实有……等证据为证 opening the legal basis after the facts: evidence of the facts.
  for (const b of model.blocks) {
    if (
      !isSection(b.section, '法律依据与处罚决定') ||
      isSection(b.section, '违法事实') ||
      !PROSE_BLOCK.has(b.kind)
    )
      continue;
    for (const s of sentencesOf(b.text)) {
      const text = b.text.slice(s.start, s.end);
      if (OF_THE_FACTS.test(text)) pieces.push({ text, start: b.span.start + s.start });
    }
  }
  // A section that is only 证据 (not also 违法事实): every paragraph and item of it is evidence.
  for (const b of model.blocks)
    if (isSection(b.section, '证据') && !isSection(b.section, '违法事实') && PROSE_BLOCK.has(b.kind))
      pieces.push({ text: b.text, start: b.span.start });
  if (!pieces.length) return undefined;
  const items = pieces.flatMap((p) => itemsOf(p.text, p.start));
  return {
    form: items.some((i) => i.id) ? 'list' : 'prose',
    items,
    statements: pieces.map((p) => ({ start: p.start, end: p.start + p.text.length })),
  };
}

const PROSE_BLOCK = new Set(['paragraph', 'listItem']);
/** Evidence named for the facts stated before it: 以上事实，有……为凭; 上述行为及事实有……为证. */
const OF_THE_FACTS = /^(?:以上|上述|前述)(?:违法)?(?:行为(?:及|和))?事实[^。]{0,60}?证据/;
/** 证据1： 证据一： — or 1. 1、 (１．) at the start or after a break. */
const NUMBERED =
  /(?:^|(?<=[；;。，,\s：:有为]))(?:证据\s*([一二三四五六七八九十\d]+)\s*[：:]|(\d{1,3})\s*(?:、|[.．](?!\d)))/g;
/** What surrounds the names in 以上事实，有……等证据为凭. */
const LEAD =
  /^[^，,：:]{0,12}(?:事实|证据)[，,]?\s*(?:(?:主要|相关)?证据)?(?:有|由|经|包括|如下|为)?[：:]?\s*/;
const TAIL = /(?:等|等相关)?(?:证据|材料)?(?:为凭|为证|证实|证明|佐证|在案)?[。；;]?\s*$/;

function itemsOf(text: string, start: number): EvidenceItem[] {
  // 以上事实，有以下主要证据证明： introduces the items; it names none itself.
  if (/[：:]\s*$/.test(text)) return [];
  const marks = [...text.matchAll(NUMBERED)];
  if (marks.length) {
    return marks.map((m, i) => {
      const from = m.index + m[0].length;
      const to = marks[i + 1]?.index ?? text.length;
      const body = text.slice(from, to).replace(/[；;。，,\s]+$/, '');
      const n = m[1] !== undefined ? parseChineseInteger(m[1]) : undefined;
      const digits = m[2] ?? (n !== undefined ? String(n) : m[1]);
      return {
        id: digits !== undefined && /^\d+$/.test(digits) ? evidenceId(digits) : undefined,
        name: body,
        text: body,
        span: { start: start + from, end: start + from + body.length },
      };
    });
  }
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const tail = TAIL.exec(text.slice(lead))?.index ?? text.length - lead;
  const inner = text.slice(lead, lead + tail);
  const out: EvidenceItem[] = [];
  // Names are separated by 、，; a 《》 title is one name whatever it holds.
  for (const m of inner.matchAll(/《[^》]*》[^、，,；;]*|[^、，,；;《]+/g)) {
    const name = m[0].trim();
    if (!name) continue;
    const at = start + lead + m.index + m[0].indexOf(name);
    out.push({ name, text: name, span: { start: at, end: at + name.length } });
  }
  return out;
}

/** One place an evidence id is written: a citation in the body, the row's 编号, or a mention in another row. */
export interface EvidenceOccurrence {
  id: string;
  span: Span;
  kind: 'citation' | 'row' | 'mention';
}

const MENTION = /证据\s*(\d+)(?!\d)/g;

/** Every place an evidence id appears, in document order. */
export function evidenceOccurrences(model: CaseModel): EvidenceOccurrence[] {
  const out: EvidenceOccurrence[] = [];
  for (const block of model.blocks) {
    for (const c of block.citations)
      for (const r of c.refs) out.push({ id: r.id, span: r.span, kind: 'citation' });
  }
  const table = model.evidence;
  if (table) {
    const idCells = new Set<number>();
    for (const row of table.rows) {
      const cell = row.cells.编号;
      if (cell) {
        out.push({ id: row.id, span: cell.span, kind: 'row' });
        idCells.add(cell.span.start);
      }
    }
    // 来源 and 证明事项 may point at another row (依据证据2采样): a rename must follow them too.
    const text = model.text.slice(table.span.start, table.span.end);
    for (const m of text.matchAll(MENTION)) {
      const start = table.span.start + m.index;
      if (idCells.has(start)) continue;
      out.push({ id: evidenceId(m[1]!), span: { start, end: start + m[0].length }, kind: 'mention' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
