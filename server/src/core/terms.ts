// The dictionary's matches in a draft, shared by wording/nonstandard-term (terms the law defines)
// and wording/law-usage (the law texts' way of writing a word): printed prose and evidence
// cells, never quoted text, titles or the names of forms.
import { dictionaryFor, type Dictionary, type TermEntry, type TermKind } from './dictionary';
import { lawById } from './laws';
import { toChineseInteger } from './numerals';
import { replace, type FixSpec, type LocalCheck } from './rule';
import type { LocalizedText } from './types';
import { cellPieces, decisionDate, inFormName, inside, notOwnWords, printedBlocks } from './wording';

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

/**
 * The local check of the rule for entries of this kind: one report (message `found`, fix `fix`)
 * per match. It reads the piece, the dictionary (the config's) and the decision date, which
 * decides the entries in force.
 */
export function termCheck(
  kind: TermKind,
): LocalCheck<'found' | 'fix', readonly [Dictionary, string | undefined]> {
  return {
    pieces: (ctx) => [...printedBlocks(ctx.model), ...cellPieces(ctx.model)],
    inputs: (ctx) => [dictionaryFor(ctx.config), decisionDate(ctx.model)],
    check({ text }, report, [dict, decided]) {
      const skip = notOwnWords(text);
      for (const m of dict.match(text, decided)) {
        if ((m.entry.kind ?? 'term') !== kind) continue;
        if (inside(skip, m.span.start, m.span.end) || inFormName(text, m.span.end)) continue;
        const span = { ...m.span };
        const e = m.entry;
        const fix: FixSpec<'fix'> = {
          messageId: 'fix',
          data: { standard: e.standard },
          edits: [replace(span, e.standard)],
        };
        report({
          messageId: 'found',
          data: { wrong: m.wrong, standard: e.standard, context: e.context, source: sourceText(e) },
          span,
          ...(e.fix === 'suggestion' ? { suggestions: [fix] } : { fixes: [fix] }),
        });
      }
    },
  };
}
