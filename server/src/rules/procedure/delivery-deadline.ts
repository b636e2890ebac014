import { addWorkingDays, calendarFor, describeCount } from '../../core/calendar';
import { inBoth } from '../../core/i18n';
import { factSpan } from '../../core/procedure';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

/** Art. 61: delivered within seven days when the party is absent; Art. 85: working days. */
export const DAYS = 7;

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
    const { model } = ctx;
    if (!isDecision(model)) return;
    const proc = model.facts.程序;
    if (!proc?.决定 || !proc.送达) return;
    const c = addWorkingDays(proc.决定, DAYS, calendarFor(ctx.config.holidays));
    if (proc.送达 <= c.end) return;
    ctx.report({
      messageId: 'late',
      data: {
        decision: proc.决定,
        delivered: proc.送达,
        end: c.end,
        how: inBoth((l) => describeCount(DAYS, c, l)),
      },
      span: factSpan(model, ['程序', '送达']),
    });
  },
});
