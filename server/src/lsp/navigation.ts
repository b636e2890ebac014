import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { localize } from '../core/i18n';
import { evidenceId, type CaseModel } from '../core/model';
import type { Locale } from '../core/types';
import { evidenceOccurrences } from '../core/evidence';
import { occurrenceAt, rowById } from './evidenceRefs';
import { lspMessages } from './messages';

export function definitionAt(model: CaseModel, offset: number): Location | null {
  const occ = occurrenceAt(model, offset);
  const row = occ && rowById(model, occ.id);
  if (!row) return null;
  return { uri: model.uri, range: model.lines.range(row.cells.编号?.span ?? row.span) };
}

export function referencesAt(model: CaseModel, offset: number, includeDeclaration: boolean): Location[] {
  const occ = occurrenceAt(model, offset);
  if (!occ) return [];
  return evidenceOccurrences(model)
    .filter((o) => o.id === occ.id && (includeDeclaration || o.kind !== 'row'))
    .map((o) => ({ uri: model.uri, range: model.lines.range(o.span) }));
}

export function prepareRenameAt(
  model: CaseModel,
  offset: number,
): { range: Range; placeholder: string } | null {
  const occ = occurrenceAt(model, offset);
  return occ ? { range: model.lines.range(occ.span), placeholder: occ.id } : null;
}

export class RenameError extends Error {}

/** Renames an evidence id everywhere: its row's 编号, every citation, and mentions in other rows. */
export function renameAt(
  model: CaseModel,
  offset: number,
  newName: string,
  locale: Locale,
): WorkspaceEdit | null {
  const occ = occurrenceAt(model, offset);
  if (!occ) throw new RenameError(localize(lspMessages.renameNothing, locale));
  const m = newName.trim().match(/^证据\s*(\d+)$/);
  if (!m) throw new RenameError(localize(lspMessages.renameInvalid, locale));
  const id = evidenceId(m[1]!);
  if (id === occ.id) return { changes: { [model.uri]: [] } };
  if (rowById(model, id)) throw new RenameError(localize(lspMessages.renameTaken, locale, { id }));
  const edits: TextEdit[] = evidenceOccurrences(model)
    .filter((o) => o.id === occ.id)
    .map((o) => ({ range: model.lines.range(o.span), newText: id }));
  return { changes: { [model.uri]: edits } };
}

/** Sections as the outline, with the evidence rows under 证据. */
export function documentSymbols(model: CaseModel, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const fm = model.frontMatter.span;
  if (fm && !model.frontMatter.unterminated) {
    const range = model.lines.range(fm);
    out.push({
      name: localize(lspMessages.frontMatter, locale),
      kind: SymbolKind.Object,
      range,
      selectionRange: range,
    });
  }
  for (const s of model.sections) {
    const range = model.lines.range(s.span);
    const selectionRange = model.lines.range(s.headingSpan);
    const sym: DocumentSymbol = {
      name: s.title || s.name,
      kind: SymbolKind.Namespace,
      range,
      selectionRange,
      children: [],
    };
    const table = model.evidence;
    if (table && table.span.start >= s.span.start && table.span.end <= s.span.end) {
      for (const row of table.rows) {
        const r = model.lines.range(row.span);
        sym.children!.push({
          name: row.id,
          detail: row.cells.名称?.text,
          kind: SymbolKind.Field,
          range: r,
          selectionRange: row.cells.编号 ? model.lines.range(row.cells.编号.span) : r,
        });
      }
    }
    out.push(sym);
  }
  return out;
}

export function foldingRanges(model: CaseModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const s = model.lines.positionAt(start).line;
    let e = model.lines.positionAt(end).line;
    // A section's span runs to the next heading's line start: fold up to the line before it.
    if (end > start && model.lines.positionAt(end).character === 0) e--;
    while (e > s && !model.lines.lineText(e).trim()) e--;
    if (e > s) out.push({ startLine: s, endLine: e, kind });
  };
  const fm = model.frontMatter.span;
  if (fm && !model.frontMatter.unterminated) add(fm.start, fm.end, FoldingRangeKind.Region);
  for (const s of model.sections) add(s.span.start, s.span.end, FoldingRangeKind.Region);
  if (model.evidence) add(model.evidence.span.start, model.evidence.span.end, FoldingRangeKind.Region);
  return out;
}
