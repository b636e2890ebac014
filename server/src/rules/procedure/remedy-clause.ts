import { sectionByName } from '../../core/model';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

/** 行政复议法 (2023) Art. 20: 六十日; 行政诉讼法 Art. 46: 六个月. Other figures are old or wrong. */
const SIXTY = /(?:六十|60)\s*日/;
const SIX_MONTHS = /(?:六|6)\s*个月/;
/** Periods seen in faulty remedy clauses: 三个月 (old 行政诉讼法), 十五日, 三十日, 两个月 … */
const WRONG = /(?:三|3)\s*个月|(?:二|两|2)\s*个月|(?:十五|15|三十|30)\s*(?:日|天)|(?:六十|60)\s*天/g;

export default defineRule({
  meta: {
    id: 'procedure/remedy-clause',
    severity: 'error',
    description: {
      zh: '救济途径须写明六十日内申请行政复议、六个月内提起行政诉讼',
      en: 'The remedy clause gives 60 days for reconsideration and six months for litigation',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政复议法》第二十条第一款；《中华人民共和国行政诉讼法》第四十六条第一款；《中华人民共和国行政处罚法》第五十九条第一款第五项',
      en: 'Administrative Reconsideration Law, Art. 20 para 1; Administrative Litigation Law, Art. 46 para 1; Administrative Penalty Law, Art. 59 para 1(v)',
    },
    docs: 'docs/rules/procedure/remedy-clause.md',
  },
  messages: {
    noSixty: {
      zh: '救济途径没有写明自收到决定书之日起六十日内申请行政复议。',
      en: 'The remedy clause does not give 60 days (六十日) to apply for reconsideration.',
    },
    noSixMonths: {
      zh: '救济途径没有写明自收到决定书之日起六个月内提起行政诉讼。',
      en: 'The remedy clause does not give six months (六个月) to sue.',
    },
    wrong: {
      zh: '救济途径中的期限「{period}」不是法定期限：申请行政复议为六十日，提起行政诉讼为六个月。',
      en: 'The period "{period}" in the remedy clause is not the statutory one: 60 days for reconsideration, six months for litigation.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isDecision(model)) return;
    const section = sectionByName(model, '救济途径');
    if (!section) return;
    const text = section.text;
    for (const m of text.matchAll(WRONG)) {
      const start = section.span.start + m.index!;
      ctx.report({ messageId: 'wrong', data: { period: m[0] }, span: { start, end: start + m[0].length } });
    }
    if (!SIXTY.test(text)) ctx.report({ messageId: 'noSixty', span: section.headingSpan });
    if (!SIX_MONTHS.test(text)) ctx.report({ messageId: 'noSixMonths', span: section.headingSpan });
  },
});
