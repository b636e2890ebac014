/**
 * The documents of a case as the case reads them: what kind each is, and the date it was made —
 * a decision's 程序.决定, a notice's 程序.告知, a record's 检查时间 / 询问时间 — with the place it is
 * written, so a finding about a date can point at it.
 */
import type { CaseModel } from '../model';
import { sectionByName } from '../model';
import { factSpan } from '../procedure';
import type { Span } from '../types';

export type DocumentKind = 'record' | 'notice' | 'decision';

export interface DatedFact {
  iso: string;
  span: Span;
}

/** Procedural rank: investigation, then notice, then decision. */
export const KIND_RANK: Record<DocumentKind, number> = { record: 0, notice: 1, decision: 2 };

export function kindOf(model: CaseModel): DocumentKind | undefined {
  return model.doctype?.kind;
}

/** The date of the signing block (落款, or a record's 签名), as printed on the document. */
export function signedDate(model: CaseModel): DatedFact | undefined {
  const section = sectionByName(model, '落款') ?? sectionByName(model, '签名');
  if (!section) return undefined;
  const d = model.dates.find((x) => x.iso && x.block.section === section);
  return d?.iso ? { iso: d.iso, span: d.span } : undefined;
}

/** A record's own date: the first date written after 「…时间：」 in 基本情况 (检查时间、询问时间). */
export function recordDate(model: CaseModel): DatedFact | undefined {
  const section = sectionByName(model, '基本情况');
  if (!section) return undefined;
  for (const d of model.dates) {
    if (!d.iso || d.block.section !== section) continue;
    const before = model.text.slice(model.text.lastIndexOf('\n', d.span.start - 1) + 1, d.span.start);
    if (/时间\s*[：:]\s*$/.test(before)) return { iso: d.iso, span: d.span };
  }
  return undefined;
}

/** A front-matter 程序 date with its place. */
export function procedureDate(model: CaseModel, key: string): DatedFact | undefined {
  const iso = (model.facts.程序 as Record<string, string | undefined> | undefined)?.[key];
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { iso, span: factSpan(model, ['程序', key]) } : undefined;
}

/** The date the document was made. */
export function documentDate(model: CaseModel): DatedFact | undefined {
  switch (kindOf(model)) {
    case 'decision':
      return procedureDate(model, '决定') ?? signedDate(model);
    case 'notice':
      return procedureDate(model, '告知') ?? signedDate(model);
    case 'record':
      return recordDate(model) ?? signedDate(model);
    default:
      return undefined;
  }
}

/**
 * The days the document can have been made on, for reading the law it cites: its own date when
 * known; else on or after the latest date it states (an act, an inspection, 立案, the 文号's year),
 * since a document is not made before what it reports; with no date at all, today (a draft being
 * written). Rules that need one day (periods, deadlines) read `documentDate` alone.
 */
export type MadeOn = { on: string } | { from: string } | { today: true };

export function madeOn(model: CaseModel): MadeOn {
  const known = documentDate(model)?.iso;
  if (known) return { on: known };
  const from = latestStatedDate(model);
  return from ? { from } : { today: true };
}

/** A date followed by 前 is a deadline set by the document, not a day it reports. */
const DEADLINE_AFTER = /^\s*(?:之|以)?前/;

function latestStatedDate(model: CaseModel): string | undefined {
  const stated: string[] = [];
  for (const d of model.dates)
    if (d.iso && !DEADLINE_AFTER.test(model.text.slice(d.span.end, d.span.end + 3))) stated.push(d.iso);
  for (const v of Object.values(model.facts.程序 ?? {}))
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) stated.push(v);
  const year = /[〔［[（(]\s*((?:19|20)\d\d)\s*[〕］\]）)]/.exec(model.facts.文号 ?? '')?.[1];
  if (year) stated.push(`${year}-01-01`);
  return stated.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}

/** How a finding names another document: its 文号, or its file name. */
export function documentLabel(model: CaseModel): string {
  return model.facts.文号 ?? decodeURIComponent(model.uri.slice(model.uri.lastIndexOf('/') + 1));
}
