import { addDays } from '../../core/calendar';
import { factSpan, isSimpleProcedure } from '../../core/procedure';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

/** Art. 60: ninety days from 立案, calendar days (Art. 85 makes only 2, 3, 5 and 7 days working days). */
export const LIMIT_DAYS = 90;

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
    const { model } = ctx;
    if (!isDecision(model) || isSimpleProcedure(model)) return;
    const proc = model.facts.程序;
    if (!proc?.立案 || !proc.决定 || proc.延期批准) return;
    const end = addDays(proc.立案, LIMIT_DAYS);
    if (proc.决定 <= end) return;
    const over = Math.round((Date.parse(proc.决定) - Date.parse(end)) / 86400000);
    ctx.report({
      messageId: 'late',
      data: { filed: proc.立案, decision: proc.决定, end, over },
      span: factSpan(model, ['程序', '决定']),
    });
  },
});
