import { dictionaryFor, type TermEntry } from '../../core/dictionary';
import { lawById } from '../../core/laws';
import { toChineseInteger } from '../../core/numerals';
import { defineRule, replace, type FixSpec } from '../../core/rule';
import type { LocalizedText } from '../../core/types';
import {
  decisionDate,
  evidenceCells,
  inFormName,
  inside,
  notOwnWords,
  printedBlocks,
} from '../../core/wording';

const messages = {
  found: {
    zh: '「{wrong}」不是规范用语，应为「{standard}」：{context}（来源：{source}）',
    en: '"{wrong}" is not the standard term; write "{standard}": {context} (source: {source})',
  },
  fix: { zh: '改为「{standard}」', en: 'Change to "{standard}"' },
};

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

export default defineRule({
  meta: {
    id: 'wording/nonstandard-term',
    severity: 'warning',
    description: { zh: '使用标准用语词表中的规范用语', en: 'Use the standard terms of the term dictionary' },
    basis: {
      kind: 'law',
      zh: '标准用语词表各词条所列法条（如《中华人民共和国行政处罚法》第九条）',
      en: 'the article named by each dictionary entry (e.g. Administrative Penalty Law, Art. 9)',
    },
    docs: 'docs/rules/wording/nonstandard-term.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  check(ctx) {
    const dict = dictionaryFor(ctx.config);
    const decided = decisionDate(ctx.model);
    const pieces = [
      ...printedBlocks(ctx.model).map((b) => ({ text: b.text, start: b.span.start })),
      ...evidenceCells(ctx.model),
    ];
    for (const piece of pieces) {
      const skip = notOwnWords(piece.text);
      for (const m of dict.match(piece.text, decided)) {
        if (inside(skip, m.span.start, m.span.end) || inFormName(piece.text, m.span.end)) continue;
        const span = { start: piece.start + m.span.start, end: piece.start + m.span.end };
        const e = m.entry;
        const fix: FixSpec<keyof typeof messages> = {
          messageId: 'fix',
          data: { standard: e.standard },
          edits: [replace(span, e.standard)],
        };
        ctx.report({
          messageId: 'found',
          data: {
            wrong: m.wrong,
            standard: e.standard,
            context: e.context,
            source: sourceText(e),
          },
          span,
          ...(e.fix === 'suggestion' ? { suggestions: [fix] } : { fixes: [fix] }),
        });
      }
    }
  },
});
