import { addWorkingDays, calendarFor, describeCount } from '../../core/calendar';
import { defaultNote, factSpan, isPenaltyDecision } from '../../core/procedure';
import { inBoth, pick } from '../../core/i18n';
import { defineRule } from '../../core/rule';
import type { LocalizedText } from '../../core/types';

/** Art. 64 (一): a hearing is requested within five days of the notice; Art. 85: working days. */
export const HEARING_REQUEST_DAYS = 5;

export default defineRule({
  meta: {
    id: 'procedure/hearing-period',
    severity: 'error',
    description: {
      zh: '决定须在听证申请期限和陈述申辩期限届满之后作出（工作日，不含法定节假日，调休上班日为工作日）',
      en: 'The decision comes after the hearing-request and statement periods have run (working days: public holidays excluded, adjusted working days counted)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第六十四条第一项、第八十五条、第六十二条',
      en: 'Administrative Penalty Law, Art. 64(i), Art. 85, Art. 62',
    },
    docs: 'docs/rules/procedure/hearing-period.md',
  },
  messages: {
    early: {
      zh: '决定日期 {decision} 在{period}届满之前：告知送达 {delivered}；{period}至 {end}（{how}）。当事人未放弃{right}的，应在期限届满后再作出决定。',
      en: 'The decision of {decision} comes before the {period} has run: notice delivered {delivered}; the {period} runs to {end} ({how}). Unless the party waived the right to {right}, decide after the period.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isPenaltyDecision(model)) return;
    const proc = model.facts.程序;
    if (!proc?.告知送达 || !proc.决定 || proc.听证) return;
    const periods: { days: number; period: LocalizedText; right: LocalizedText; note: LocalizedText }[] = [];
    // A period matters only while the party has not acted: 放弃 waives it, and a date means the
    // party already made its statement or its hearing request (then the hearing itself decides).
    const open = (v: string | undefined) => v === undefined || v === '未提出' || v === '未申请';
    if (proc.听证告知 === '是' && open(proc.听证申请)) {
      periods.push({
        days: HEARING_REQUEST_DAYS,
        period: { zh: '听证申请期限', en: 'hearing-request period' },
        right: { zh: '要求听证', en: 'request a hearing' },
        note: { zh: '', en: '' },
      });
    }
    if (open(proc.陈述申辩)) {
      periods.push({
        days: config.statementPeriodWorkingDays,
        period: { zh: '陈述申辩期限', en: 'statement period' },
        right: { zh: '陈述、申辩', en: 'state and defend their case' },
        note: defaultNote(config, 'statementPeriodWorkingDays'),
      });
    }
    // Report the period that ends last: deciding after it satisfies both.
    let worst: { end: string; how: LocalizedText; period: LocalizedText; right: LocalizedText } | undefined;
    for (const p of periods) {
      const c = addWorkingDays(proc.告知送达, p.days, calendarFor(config.holidays));
      if (proc.决定 > c.end) continue;
      if (!worst || c.end > worst.end)
        worst = {
          end: c.end,
          how: inBoth((l) => describeCount(p.days, c, l) + pick(p.note, l)),
          period: p.period,
          right: p.right,
        };
    }
    if (worst) {
      ctx.report({
        messageId: 'early',
        data: {
          decision: proc.决定,
          delivered: proc.告知送达,
          period: worst.period,
          end: worst.end,
          how: worst.how,
          right: worst.right,
        },
        span: factSpan(model, ['程序', '决定']),
      });
    }
  },
});
