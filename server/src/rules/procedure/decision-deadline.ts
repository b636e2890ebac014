import { daysBetween } from '../../core/calendar';
import { deadlinesOf } from '../../core/deadlines';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';

export default defineRule({
  meta: {
    id: 'procedure/decision-deadline',
    severity: 'error',
    description: {
      zh: '自立案之日起九十日内作出行政处罚决定',
      en: 'The decision is made within 90 days of 立案',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第六十条',
      en: 'Administrative Penalty Law, Art. 60',
      // Art. 60 is new in the 2021 text (no 2017 counterpart): a document dated before 2021-07-15 is not held to it.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/procedure/decision-deadline.md',
  },
  messages: {
    late: {
      zh: '立案 {filed}，决定 {decision}：超过九十日期限（至 {end}，自然日）{over} 日，且无延期批准。请核对日期，或填写程序.延期批准（法律、法规、规章另有规定的从其规定）。',
      en: 'Filed {filed}, decided {decision}: {over} day(s) past the 90-day limit (to {end}, calendar days) with no approved extension. Check the dates or fill in 程序.延期批准 (unless other law sets a different limit).',
    },
  },
  check(ctx) {
    const d = deadlinesOf(ctx.model, ctx.config).get('decision');
    if (!d || d.status !== 'missed' || !d.governs?.date) return;
    ctx.report({
      messageId: 'late',
      data: {
        filed: d.start,
        decision: d.governs.date,
        end: d.end,
        over: daysBetween(d.end, d.governs.date),
      },
      span: factSpan(ctx.model, ['程序', '决定']),
    });
  },
});
