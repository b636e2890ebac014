// Runs the local part of rules (rule.ts, LocalCheck) piece by piece, keeping what each piece gave.
import { TextMemo } from './memo';
import type { FixSpec, LocalCheck, LocalReport, Report, Rule, RuleContext, TextPiece } from './rule';
import type { Span } from './types';

/** What one rule found in one text of one kind, under these inputs. */
interface Kept {
  rule: Rule;
  kind: string;
  inputs: readonly unknown[];
  reports: readonly LocalReport[];
}

/** A text's own copy (checks read it, so their findings never hold a slice of a whole draft) and what each rule found in it. */
interface Entry {
  text: string;
  kept: Kept[];
}

/**
 * Every rule's findings by piece text: one copy of a paragraph for all the rules that read it.
 * A paragraph holds one finding list per rule and kind (the latest inputs replace the earlier
 * ones). Bounded at 20,000 texts and 2 million characters' worth, its findings weighed in
 * (some 4 MB): a 3,000-line draft's paragraphs many times over, and a folder's template
 * paragraphs with each draft's own.
 */
const memo = new TextMemo<Entry>({ entries: 20_000, chars: 2_000_000 });

const NO_INPUTS: readonly unknown[] = [];

/**
 * A kept finding (spans, data, fixes) weighs some 600 bytes, as much as 300 characters of Chinese
 * text (measured: a paragraph of 700 findings kept per keystroke grew the heap by 450 KB): a
 * paragraph full of findings must not hold the memo's budget as if it were its length alone.
 */
const FINDING_CHARS = 300;

function weightOf(entry: Entry): number {
  let findings = 0;
  for (const k of entry.kept) findings += k.reports.length;
  return entry.text.length + findings * FINDING_CHARS;
}

/**
 * The local checks of one run (one draft). Each piece's entry is found once per piece object:
 * every local rule of a run reads the same blocks, and finding a paragraph by its text (hashing
 * and comparing a fresh slice of the draft) once per rule cost more than the checks it saved.
 */
export class LocalRun {
  private readonly entries = new Map<TextPiece, Entry>();

  /** Runs `local` over its pieces of the draft, reporting by offsets in the draft. */
  run(rule: Rule, local: LocalCheck, ctx: RuleContext, report: (r: Report) => void): void {
    const inputs = local.inputs?.(ctx) ?? NO_INPUTS;
    for (const piece of local.pieces(ctx)) {
      let entry = this.entries.get(piece);
      if (!entry) {
        entry = memo.get(piece.text) ?? memo.add(piece.text, (text) => ({ text, kept: [] }));
        this.entries.set(piece, entry);
      }
      // Plain loops: this runs for every rule and piece of every keystroke.
      let i = 0;
      while (i < entry.kept.length && (entry.kept[i]!.rule !== rule || entry.kept[i]!.kind !== piece.kind))
        i++;
      let kept = entry.kept[i];
      if (!kept || !sameInputs(kept.inputs, inputs)) {
        const found: LocalReport[] = [];
        local.check({ text: entry.text, kind: piece.kind }, (r) => found.push(r), inputs);
        kept = { rule, kind: piece.kind, inputs, reports: found };
        entry.kept[i] = kept;
        if (found.length) memo.weigh(entry.text, weightOf(entry));
      }
      for (let j = 0; j < kept.reports.length; j++) report(moved(kept.reports[j]!, piece.span.start));
    }
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * A kept finding at the piece's place in this draft: new spans; its data is shared between runs
 * (readonly: the translation and the LSP adapter only read it).
 */
function moved(r: LocalReport, by: number): Report {
  const out: Report = { ...r, span: shift(r.span, by) };
  if (r.fixes) out.fixes = r.fixes.map((f) => movedFix(f, by));
  if (r.suggestions) out.suggestions = r.suggestions.map((f) => movedFix(f, by));
  return out;
}

function movedFix(f: FixSpec, by: number): FixSpec {
  return { ...f, edits: f.edits.map((e) => ({ ...e, span: shift(e.span, by) })) };
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
