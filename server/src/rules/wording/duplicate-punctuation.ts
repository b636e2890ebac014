import { defineRule, remove, replace } from '../../core/rule';
import { cellPieces } from '../../core/wording';

const messages = {
  doubled: {
    zh: '标点「{marks}」重复。请只保留一个「{keep}」。',
    en: 'The punctuation "{marks}" is doubled. Keep a single "{keep}".',
  },
  mixed: {
    zh: '标点「{marks}」连用。请只保留其中一个。',
    en: 'The punctuation marks "{marks}" are run together. Keep only one of them.',
  },
  periodBeforeClose: {
    zh: '「{close}」前不应有句号：{why}请删去「。」。',
    en: 'No full stop belongs before "{close}": {why}Delete the "。".',
  },
  fixKeep: { zh: '只保留「{keep}」', en: 'Keep a single "{keep}"' },
  fixRemove: { zh: '删去「。」', en: 'Delete the "。"' },
};

const WHY = {
  title: {
    zh: '书名号、六角括号和方头括号里是名称或编号，不是句子。',
    en: 'book-title marks and 〔〕【】 enclose a name or a number, not a sentence. ',
  },
  inner: {
    zh: '句内括号注释的是句子的一部分，句末点号放在括号外（GB/T 15834-2011 括号一节）。',
    en: 'a bracket inside a sentence annotates part of it, and the sentence-final mark goes outside the bracket. ',
  },
};

/** Sentence-internal and final marks that are never written twice in a row. */
const RUN = /[，。、；：]{2,}/g;
/** `。` immediately before a closing mark. */
const PERIOD_CLOSE = /。(?=[）》〕】])/g;
const PROSE = new Set(['paragraph', 'listItem', 'blockquote', 'heading']);

export default defineRule({
  meta: {
    id: 'wording/duplicate-punctuation',
    severity: 'warning',
    description: {
      zh: '标点不重复，句号不放在句内括号和书名号里',
      en: 'No doubled punctuation; no full stop inside a sentence-internal bracket',
    },
    basis: {
      kind: 'standard',
      zh: 'GB/T 15834-2011《标点符号用法》（点号；括号）',
      en: 'GB/T 15834-2011 Use of Punctuation Marks (stops; brackets)',
    },
    docs: 'docs/rules/wording/duplicate-punctuation.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) => [
      ...ctx.model.blocks.filter((b) => PROSE.has(b.kind)),
      // The evidence table prints as the evidence list: its cells are printed text too.
      ...cellPieces(ctx.model),
    ],
    check({ text: raw }, report) {
      const text = raw.replace(/<!--[\s\S]*?-->|`[^`\n]*`/g, (m) => ' '.repeat(m.length));
      for (const m of text.matchAll(RUN)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const same = new Set(m[0]).size === 1;
        if (same) {
          const keep = m[0][0]!;
          report({
            messageId: 'doubled',
            data: { marks: m[0], keep },
            span,
            fixes: [{ messageId: 'fixKeep', data: { keep }, edits: [replace(span, keep)] }],
          });
        } else {
          // Which of two different marks was meant needs reading the sentence: suggestions only.
          report({
            messageId: 'mixed',
            data: { marks: m[0] },
            span,
            suggestions: [...new Set(m[0])].map((keep) => ({
              messageId: 'fixKeep',
              data: { keep },
              edits: [replace(span, keep)],
            })),
          });
        }
      }
      for (const m of text.matchAll(PERIOD_CLOSE)) {
        const close = text[m.index + 1]!;
        if (close === '）' && !insideSentence(text, m.index)) continue;
        const span = { start: m.index, end: m.index + 1 };
        const why = close === '）' ? WHY.inner : WHY.title;
        report({
          messageId: 'periodBeforeClose',
          data: { close, why: why },
          span,
          fixes: [{ messageId: 'fixRemove', edits: [remove(span)] }],
        });
      }
    },
  },
});

/**
 * True when the （ that the ） at `periodAt + 1` closes opens inside a sentence: text before it
 * that is not the end of a sentence. A bracket that follows 。！？ or opens the paragraph holds a
 * whole sentence, and its full stop belongs inside (GB/T 15834-2011, brackets).
 */
function insideSentence(text: string, periodAt: number): boolean {
  let depth = 0;
  for (let i = periodAt; i >= 0; i--) {
    const ch = text[i];
    if (ch === '）') depth++;
    else if (ch === '（') {
      if (depth === 0) {
        const before = text.slice(0, i).trimEnd();
        return before !== '' && !/[。！？]$/.test(before);
      }
      depth--;
    }
  }
  return false;
}
