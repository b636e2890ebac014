import { evidenceOccurrences, type EvidenceOccurrence } from '../core/evidence';
import type { CaseModel, EvidenceRow } from '../core/model';

export function occurrenceAt(model: CaseModel, offset: number): EvidenceOccurrence | undefined {
  // The end is inclusive: a cursor just after 证据3 still means 证据3.
  return evidenceOccurrences(model).find((o) => offset >= o.span.start && offset <= o.span.end);
}

export function rowById(model: CaseModel, id: string): EvidenceRow | undefined {
  return model.evidence?.rows.find((r) => r.id === id);
}
