// The dictionary's matches in a draft, shared by wording/nonstandard-term (terms the law defines)
// and wording/law-usage (the law texts' way of writing a word): printed prose and evidence
// cells, never quoted text, titles or the names of forms.
import { dictionaryFor, type TermEntry, type TermKind } from './dictionary';
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
  const dict = dictionaryFor(config);
  const decided = decisionDate(model);
  const pieces = [
    ...printedBlocks(model).map((b) => ({ text: b.text, start: b.span.start })),
    ...evidenceCells(model),
  ];
  const out: Report<'found' | 'fix'>[] = [];
  for (const piece of pieces) {
    const skip = notOwnWords(piece.text);
    for (const m of dict.match(piece.text, decided)) {
      if ((m.entry.kind ?? 'term') !== kind) continue;
      if (inside(skip, m.span.start, m.span.end) || inFormName(piece.text, m.span.end)) continue;
      const span = { start: piece.start + m.span.start, end: piece.start + m.span.end };
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
  }
  return out;
}
