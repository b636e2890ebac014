import { provisionLabel } from '../../core/laws';
import { judgeQuotation, quotationsOf } from '../../core/quotations';
import { defineRule, replace } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'citation/quotation',
    severity: 'warning',
    description: {
      zh: '引用法条原文的，引文须与所引条文（文书日期施行的文本）一致',
      en: 'A quoted article reads as the cited text does (the version in force on the document date)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第三项（决定书载明行政处罚的依据）；所引条文',
      en: 'Administrative Penalty Law, Art. 59 para 1(iii) (the decision states its basis); the article quoted',
    },
    docs: 'docs/rules/citation/quotation.md',
    fixable: true,
  },
  messages: {
    misquote: {
      zh: '引用的《{law}》{article}与法律文本不一致：引文为「{found}」，条文为「{expected}」。引用条文须照录原文。',
      en: 'The quotation of {law} {article} differs from the text: it reads "{found}", the law reads "{expected}". Quote the article as written.',
    },
    restore: { zh: '改为条文原文', en: 'Restore the words of the law' },
  },
  check(ctx) {
    for (const q of quotationsOf(ctx.model)) {
      const v = judgeQuotation(q);
      if (v.kind !== 'misquote') continue;
      const c = q.citation.citation;
      // A quotation that ends its sentence keeps its full stop: 「……不得开工建设。」
      const stop = /[。；]$/.test(q.text) && !/[。；]$/.test(v.expected) ? q.text.slice(-1) : '';
      const to = v.expected + stop;
      ctx.report({
        messageId: 'misquote',
        data: {
          law: q.citation.law!.name,
          article: provisionLabel(c.article!.value!, c.paragraph?.value, c.item?.value),
          found: q.text,
          expected: v.expected,
        },
        span: q.span,
        fixes: [{ messageId: 'restore', edits: [replace(q.span, to)] }],
      });
    }
  },
});
