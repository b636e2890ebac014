/**
 * Applying fixes as "fix all" does, in the editor and in `casedraft lint --fix` alike: each fix
 * whole or not at all, a fix whose edits overlap one already taken left for the next lint, so a
 * half-applied fix never corrupts the draft.
 */
import { LineIndex } from './text';
import type { CaseDiagnostic, Fix, Position, Range, TextEdit } from './types';

const before = (a: Position, b: Position) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);

/** The edits of as many fixes as fit together, and which fixes they are. */
export function mergeFixes(fixes: readonly Fix[]): { edits: TextEdit[]; applied: boolean[] } {
  const edits: TextEdit[] = [];
  const applied = fixes.map((f) => {
    if (f.edits.some((e) => edits.some((t) => overlaps(e.range, t.range)))) return false;
    edits.push(...f.edits);
    return true;
  });
  return { edits, applied };
}

/** The text with edits that do not overlap applied (ranges in the text as given). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const e of edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/** The text once every fix that fits is applied, and which were. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: boolean[] } {
  const { edits, applied } = mergeFixes(fixes);
  return { text: applyEdits(text, edits), applied };
}

/** At most this many lint-and-fix passes: a fix that makes another fixable finding gets its turn. */
export const MAX_FIX_PASSES = 10;

/**
 * `casedraft lint --fix`: applies the first fix of every finding (the certain ones; suggestions
 * need the officer and are never applied), re-lints and repeats while something changes, as
 * ESLint's --fix does. Returns the fixed text, its findings, and how many fixes were applied.
 */
export function fixText(
  text: string,
  lint: (text: string) => CaseDiagnostic[],
): { text: string; diagnostics: CaseDiagnostic[]; fixed: number } {
  let diagnostics = lint(text);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = diagnostics.flatMap((d) => (d.fixes?.length ? [d.fixes[0]!] : []));
    if (!fixes.length) break;
    const next = applyFixes(text, fixes);
    if (next.text === text) break;
    fixed += next.applied.filter(Boolean).length;
    text = next.text;
    diagnostics = lint(text);
  }
  return { text, diagnostics, fixed };
}
