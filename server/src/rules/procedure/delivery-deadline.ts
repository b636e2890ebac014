import { deadlinesOf, describeCounting } from '../../core/deadlines';
import { inBoth } from '../../core/i18n';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/delivery-deadline',
    severity: 'warning',
    description: {
      zh: '决定书应在七个工作日内送达',
      en: 'The decision is delivered within seven working days',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第六十一条第一款、第八十五条',
      en: 'Administrative Penalty Law, Art. 61 para 1, Art. 85',
    },
    docs: 'docs/rules/procedure/delivery-deadline.md',
  },
  messages: {
    late: {
      zh: '决定 {decision}，送达 {delivered}：超过送达期限（至 {end}，{how}）。当事人不在场的，应当在七日内送达决定书；请核对送达日期。',
      en: 'Decided {decision}, delivered {delivered}: past the delivery period (to {end}; {how}). When the party is absent the decision must be delivered within seven days; check the date.',
    },
  },
  check(ctx) {
    // A 当场 decision is handed over on the spot (Art. 52): the module gives it no delivery period.
    const d = deadlinesOf(ctx.model, ctx.config).get('delivery');
    if (!d || d.status !== 'missed' || !d.governs?.date) return;
    ctx.report({
      messageId: 'late',
      data: {
        decision: d.start,
        delivered: d.governs.date,
        end: d.end,
        how: inBoth((l) => describeCounting(d, l)),
      },
      span: factSpan(ctx.model, ['程序', '送达']),
    });
  },
});
