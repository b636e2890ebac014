/**
 * Which evidence row of a notice or decision cites which record (笔录) of its case: a row whose
 * 名称 names the record's kind (data/doctypes.json `evidenceNames`), and — when the case holds
 * several records of that kind — the one of the row's date, or else the one whose interviewee
 * the row names. A row that could be any of several records cites none of them for certain.
 */
import type { EvidenceRow, CaseModel } from '../model';
import { sectionByName } from '../model';
import { factSpan } from '../procedure';
import type { Span } from '../types';
import { recordsOf, type CaseDocument, type CaseFile } from './caseFile';

export interface RecordCitation {
  /** The notice or decision whose table holds the row. */
  citing: CaseDocument;
  row: EvidenceRow;
  record: CaseDocument;
}

/** The record kind a row's 名称 names, as a 文书 name; undefined for any other evidence. */
export function recordKindOfRow(row: EvidenceRow, recordKinds: readonly CaseDocument[]): string | undefined {
  const name = row.cells.名称?.text ?? '';
  let best: { doctype: string; length: number } | undefined;
  for (const d of recordKinds) {
    for (const n of d.model.doctype?.evidenceNames ?? [])
      if (name.includes(n) && n.length > (best?.length ?? 0))
        best = { doctype: d.model.doctype!.name, length: n.length };
  }
  return best?.doctype;
}

/** The person a record was made with: 被询问人 (or 在场人员), up to the first comma or bracket. */
export function recordPerson(model: CaseModel): string | undefined {
  const section = sectionByName(model, '基本情况');
  const m =
    section && /(?:被询问人|被调查人|在场人员|当事人)\s*[：:]\s*([^，,、（(\s]{2,})/.exec(section.text);
  return m?.[1];
}

/** Officers' names of a record, and where they are written. */
export function officersOf(model: CaseModel): { names: string[]; span: Span } {
  const names = (model.facts.执法人员 ?? []).map((o) => o.姓名).filter((n): n is string => !!n);
  return { names, span: factSpan(model, ['执法人员']) };
}

/** Every row of the document's table that cites a record of the case, with that record. */
export function recordCitations(c: CaseFile, citing: CaseDocument): RecordCitation[] {
  const records = recordsOf(c);
  if (!records.length || citing.kind === 'record') return [];
  const out: RecordCitation[] = [];
  for (const row of citing.model.evidence?.rows ?? []) {
    const kind = recordKindOfRow(row, records);
    if (!kind) continue;
    const candidates = records.filter((r) => r.model.doctype?.name === kind);
    const record = pick(row, candidates);
    if (record) out.push({ citing, row, record });
  }
  return out;
}

function pick(row: EvidenceRow, candidates: CaseDocument[]): CaseDocument | undefined {
  if (candidates.length <= 1) return candidates[0];
  const date = row.cells.取得时间?.text.trim();
  const sameDay = candidates.filter((r) => r.date?.iso === date);
  if (sameDay.length === 1) return sameDay[0];
  const text = [row.cells.名称?.text, row.cells.来源?.text, row.cells.证明事项?.text].join(' ');
  const named = (sameDay.length ? sameDay : candidates).filter((r) => {
    const person = recordPerson(r.model);
    return !!person && text.includes(person);
  });
  return named.length === 1 ? named[0] : undefined;
}
