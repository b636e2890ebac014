import { evidenceId, type CaseModel, type EvidenceRow } from '../core/model';
import type { Span } from '../core/types';

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

export function occurrenceAt(model: CaseModel, offset: number): EvidenceOccurrence | undefined {
  // The end is inclusive: a cursor just after 证据3 still means 证据3.
  return evidenceOccurrences(model).find((o) => offset >= o.span.start && offset <= o.span.end);
}

export function rowById(model: CaseModel, id: string): EvidenceRow | undefined {
  return model.evidence?.rows.find((r) => r.id === id);
}
