import { deadlinesOf, describeCounting } from '../../core/deadlines';
import { defaultNote, factSpan, isPenaltyDecision } from '../../core/procedure';
import { inBoth, pick } from '../../core/i18n';
import { defineRule } from '../../core/rule';

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
      zh: '《中华人民共和国行政处罚法》第六十四条第一项、第八十五条（听证申请期限）；第四十四条、第四十五条、第六十二条（陈述申辩的权利，期限为本机关规定）',
      en: "Administrative Penalty Law, Art. 64(i), Art. 85 (hearing request); Arts. 44, 45, 62 (the right to state one's case; its period is the agency's)",
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
    // The module leaves out what a 当场 decision has not (Art. 52) and marks a period the party
    // waived (放弃) or used (a date) as moot; a held hearing (程序.听证) decides instead.
    const deadlines = deadlinesOf(model, config);
    const early = (['hearingRequest', 'statement'] as const)
      .map((id) => deadlines.get(id))
      .filter((d) => d?.status === 'missed' && d.governs?.date);
    // Report the period that ends last: deciding after it satisfies both.
    const worst = early.sort((a, b) => b!.end.localeCompare(a!.end))[0];
    if (!worst) return;
    const statement = worst.id === 'statement';
    const note = statement ? defaultNote(config, 'statementPeriodWorkingDays') : { zh: '', en: '' };
    ctx.report({
      messageId: 'early',
      data: {
        decision: worst.governs!.date!,
        delivered: worst.start,
        period: statement
          ? { zh: '陈述申辩期限', en: 'statement period' }
          : { zh: '听证申请期限', en: 'hearing-request period' },
        end: worst.end,
        how: inBoth((l) => describeCounting(worst, l) + pick(note, l)),
        right: statement
          ? { zh: '陈述、申辩', en: 'state and defend their case' }
          : { zh: '要求听证', en: 'request a hearing' },
      },
      span: factSpan(model, ['程序', '决定']),
    });
  },
});
