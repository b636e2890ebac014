// The dictionary's matches in a draft, shared by wording/nonstandard-term (terms the law defines)
// and wording/law-usage (the law texts' way of writing a word): printed prose and evidence
// cells, never quoted text, titles or the names of forms.
import { dictionaryFor, type Dictionary, type TermEntry, type TermKind, type TermMatch } from './dictionary';
import type { ResolvedConfig } from './config';
import { lawById } from './laws';
import type { CaseModel } from './model';
import { toChineseInteger } from './numerals';
import { replace, type FixSpec, type Report } from './rule';
import type { LocalizedText } from './types';
import { decisionDate, evidenceCells, inFormName, inside, notOwnWords, printedBlocks } from './wording';

/** Where an entry's standard form is written: the article and its words, or a guideline. */
function sourceText(e: TermEntry): LocalizedText | string {
  const s = e.source;
  if (s.law) {
    const name = lawById(s.law)?.name ?? s.law;
    const art = s.article ? `第${toChineseInteger(s.article)}条` : '';
    const quote = s.quote ? `“${s.quote}”` : '';
    return { zh: `《${name}》${art}${quote}`, en: `《${name}》${art} (Art. ${s.article}) ${quote}` };
  }
  return s.guideline ?? '';
}

/** One report (message `found`, fix `fix`) per match of an entry of this kind. */
export function termReports(
  model: CaseModel,
  config: ResolvedConfig,
  kind: TermKind,
): Report<'found' | 'fix'>[] {
  const out: Report<'found' | 'fix'>[] = [];
  for (const { m, span: at } of termMatches(model, dictionaryFor(config))) {
    if ((m.entry.kind ?? 'term') !== kind) continue;
    const span = { ...at };
    const e = m.entry;
    const fix: FixSpec<'fix'> = {
      messageId: 'fix',
      data: { standard: e.standard },
      edits: [replace(span, e.standard)],
    };
    out.push({
      messageId: 'found',
      data: { wrong: m.wrong, standard: e.standard, context: e.context, source: sourceText(e) },
      span,
      ...(e.fix === 'suggestion' ? { suggestions: [fix] } : { fixes: [fix] }),
    });
  }
  return out;
}

/** The matches of every kind, by offsets in the draft: read once per model and dictionary for both rules. */
function termMatches(
  model: CaseModel,
  dict: Dictionary,
): { m: TermMatch; span: { start: number; end: number } }[] {
  const hit = matched.get(model);
  if (hit?.dict === dict) return hit.found;
  const decided = decisionDate(model);
  const pieces = [
    ...printedBlocks(model).map((b) => ({ text: b.text, start: b.span.start })),
    ...evidenceCells(model),
  ];
  const found: { m: TermMatch; span: { start: number; end: number } }[] = [];
  for (const piece of pieces) {
    const skip = notOwnWords(piece.text);
    for (const m of dict.match(piece.text, decided)) {
      if (inside(skip, m.span.start, m.span.end) || inFormName(piece.text, m.span.end)) continue;
      found.push({ m, span: { start: piece.start + m.span.start, end: piece.start + m.span.end } });
    }
  }
  matched.set(model, { dict, found });
  return found;
}
const matched = new WeakMap<
  CaseModel,
  { dict: Dictionary; found: { m: TermMatch; span: { start: number; end: number } }[] }
>();
