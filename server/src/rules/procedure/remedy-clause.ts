import { lawOnDate } from '../../core/laws';
import { sectionByName } from '../../core/model';
import { isDecision } from '../../core/model';
import { isSimpleProcedure } from '../../core/procedure';
import { defineRule } from '../../core/rule';

/** 行政复议法 (2023) Art. 20 para 1, (2017) Art. 9 para 1: 六十日 (六十天 says the same). */
const SIXTY = /(?:六十|60)\s*[日天]/;
/** 行政诉讼法 Art. 46 para 1: six months to sue directly. */
const SIX_MONTHS = /(?:六|6)\s*个月/;
/** Periods seen in faulty remedy clauses: 三个月 (the old 行政诉讼法), 两个月, 三十日, 十五日 … */
const WRONG = /(?:三|3)\s*个月|(?:二|两|2)\s*个月|(?:十五|15|三十|30)\s*[日天]/g;
/** 行政诉讼法 Art. 45: fifteen days to sue from receipt of the reconsideration decision — right there. */
const AFTER_RECONSIDERATION = /复议决定/;
/** An offer to go straight to court: 「也可以……提起行政诉讼」 beside the reconsideration, or 「直接……起诉」. */
const DIRECT_SUIT =
  /(?:也可以|或者|或)[^。；]*?(?:六|6)\s*个月[^。；]*?(?:提起行政诉讼|起诉)|直接[^。；]*?(?:提起行政诉讼|起诉)/;
const FUYI = '中华人民共和国行政复议法';
const SUSONG = '中华人民共和国行政诉讼法';

export default defineRule({
  meta: {
    id: 'procedure/remedy-clause',
    severity: 'error',
    description: {
      zh: '救济途径须写明六十日内申请行政复议、六个月内提起行政诉讼；2024年1月1日起当场作出的处罚决定须先申请行政复议',
      en: 'The remedy clause gives 60 days for reconsideration and six months for litigation; from 2024-01-01 a 当场 decision goes to reconsideration first',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政复议法》第二十条第一款、第二十三条第一款第一项；《中华人民共和国行政诉讼法》第四十五条、第四十六条第一款；《中华人民共和国行政处罚法》第五十九条第一款第五项（均按决定日期施行的文本）',
      en: 'Administrative Reconsideration Law, Art. 20 para 1, Art. 23 para 1(i); Administrative Litigation Law, Arts. 45, 46 para 1; Administrative Penalty Law, Art. 59 para 1(v) (each as in force on the decision date)',
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
      zh: '救济途径中的期限「{period}」不是法定期限：申请行政复议为六十日，直接提起行政诉讼为六个月（不服复议决定的，为收到复议决定书之日起十五日）。',
      en: 'The period "{period}" in the remedy clause is not the statutory one: 60 days for reconsideration, six months to sue directly (fifteen days from receipt of a reconsideration decision).',
    },
    direct: {
      zh: '本决定是当场作出的行政处罚决定（决定日期 {date}），当事人应当先申请行政复议，对复议决定不服的，才可以再依法提起行政诉讼（可以在收到复议决定书之日起十五日内提出）。请删去直接提起行政诉讼的表述，写作「……六十日内向……申请行政复议；对行政复议决定不服的，可以依法提起行政诉讼」。',
      en: 'This is a decision made on the spot (dated {date}): the party must first apply for reconsideration and may sue only against the reconsideration decision (within fifteen days of receiving it). Remove the offer to sue directly and write that a suit lies against the reconsideration decision.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isDecision(model)) return;
    const section = sectionByName(model, '救济途径');
    if (!section) return;
    const text = section.text;
    const date = model.facts.程序?.决定;
    // Each law as in force on the decision's date; a period whose text is not bundled for that day
    // is not checked (the reconsideration and litigation laws of the day may have said otherwise).
    const fuyi = lawOnDate(FUYI, date);
    const susong = lawOnDate(SUSONG, date);
    // 行政复议法 (2023) Art. 23 para 1 (一): 对当场作出的行政处罚决定不服 → reconsideration first.
    const reconsiderationFirst =
      isSimpleProcedure(model) && fuyi.status === 'in-force' && fuyi.law.id === 'xingzheng-fuyi-fa-2023';
    for (const m of text.matchAll(WRONG)) {
      const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
      const end = text.slice(m.index).search(/[。；]/);
      const sentence = text.slice(sentenceStart, end < 0 ? undefined : m.index + end);
      if (/十五|15/.test(m[0]) && AFTER_RECONSIDERATION.test(sentence)) continue;
      const start = section.span.start + m.index;
      ctx.report({ messageId: 'wrong', data: { period: m[0] }, span: { start, end: start + m[0].length } });
    }
    if (fuyi.status === 'in-force' && !SIXTY.test(text))
      ctx.report({ messageId: 'noSixty', span: section.headingSpan });
    if (reconsiderationFirst) {
      if (DIRECT_SUIT.test(text))
        ctx.report({ messageId: 'direct', data: { date: date! }, span: section.headingSpan });
    } else if (susong.status === 'in-force' && !SIX_MONTHS.test(text))
      ctx.report({ messageId: 'noSixMonths', span: section.headingSpan });
  },
});
