/** A case (案卷) and its documents, as the case rules, the case view and export-case read it. */
import type { CaseModel } from '../model';
import { KIND_RANK, type DatedFact, type DocumentKind } from './documents';

export interface CaseDocument {
  uri: string;
  model: CaseModel;
  kind: DocumentKind;
  date?: DatedFact;
}

export interface CaseFile {
  /** Stable while the case keeps its number (or its first document): folder and 案件编号 or first uri. */
  id: string;
  /** The folder's uri (without the trailing slash). */
  folder: string;
  caseNo?: string;
  /** 案由 of the latest document that gives one, else the party's name. */
  title?: string;
  /** In procedural order: by date, records before the notice before the decision on one day. */
  documents: CaseDocument[];
}

export function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

/** Procedural order. A document without a date keeps its kind's place among the others. */
export function compareDocuments(a: CaseDocument, b: CaseDocument): number {
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (!a.date || !b.date) return rank || a.uri.localeCompare(b.uri);
  return a.date.iso.localeCompare(b.date.iso) || rank || a.uri.localeCompare(b.uri);
}

export const decisionsOf = (c: CaseFile) => c.documents.filter((d) => d.kind === 'decision');
export const noticesOf = (c: CaseFile) => c.documents.filter((d) => d.kind === 'notice');
export const recordsOf = (c: CaseFile) => c.documents.filter((d) => d.kind === 'record');

/**
 * The notice a decision rests on: the latest notice not after the decision (a second notice
 * replaces the first, Art. 44), or the latest notice when either is undated.
 */
export function noticeFor(c: CaseFile, decision: CaseDocument): CaseDocument | undefined {
  const notices = noticesOf(c);
  const before = notices.filter((n) => !n.date || !decision.date || n.date.iso <= decision.date.iso);
  return (before.length ? before : notices).at(-1);
}

export function documentIn(c: CaseFile, uri: string): CaseDocument | undefined {
  return c.documents.find((d) => d.uri === uri);
}
