import { addDays } from '../../core/calendar';
import { deadlinesOf, describeCounting, safe, waivedOrUsed } from '../../core/deadlines';
import { defaultNote, factSpan, isPenaltyDecision, isSimpleProcedure } from '../../core/procedure';
import { inBoth, pick } from '../../core/i18n';
import { CHUFA_2021_IN_FORCE, under2017Text } from '../../core/renumbering';
import { defineRule, type RuleContext } from '../../core/rule';

/**
 * 2017 text, Art. 42 para 1 (一): 「当事人要求听证的,应当在行政机关告知后三日内提出」 (read in the
 * copies named for that row of data/chufa-fa-renumbering.json, source [N] of the research note).
 * The 2017 text has no counterpart of the 2021 Art. 85, so the days are calendar days.
 */
const HEARING_REQUEST_DAYS_2017 = 3;

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
      // The five working days are the 2021 text's; before it the 2017 text's three days apply.
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第四十二条第一款第一项（听证申请期限三日）',
        en: 'Administrative Penalty Law (2017 text), Art. 42 para 1(i) (three days to request a hearing)',
      },
    },
    docs: 'docs/rules/procedure/hearing-period.md',
  },
  messages: {
    early: {
      zh: '决定日期 {decision} 在{period}届满之前：告知送达 {delivered}；{period}至 {end}（{how}）。当事人未放弃{right}的，应在期限届满后再作出决定。',
      en: 'The decision of {decision} comes before the {period} has run: notice delivered {delivered}; the {period} runs to {end} ({how}). Unless the party waived the right to {right}, decide after the period.',
    },
    early2017: {
      zh: '决定日期 {decision} 在听证申请期限届满之前：告知送达 {delivered}；本决定作出时施行的2017年修正的《行政处罚法》第四十二条第一款第一项规定，当事人要求听证的，应当在行政机关告知后三日内提出，期限至 {end}（三日，自然日：该文本没有工作日的规定）。当事人未放弃要求听证的，应在期限届满后再作出决定。',
      en: 'The decision of {decision} comes before the hearing-request period has run: notice delivered {delivered}; under Art. 42 para 1(i) of the Administrative Penalty Law as amended in 2017, in force when the decision was made, a hearing is requested within three days of the notice, so the period runs to {end} (three calendar days: that text has no rule on working days). Unless the party waived the right to request a hearing, decide after the period.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isPenaltyDecision(model)) return;
    if (under2017Text(ctx.lawDate)) {
      check2017(ctx);
      return;
    }
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

/**
 * A decision made under the 2017 text: its three-day hearing-request period. The statement period
 * is the agency's (Arts. 31, 32 of that text give the right, not a period) and is not computed for
 * it, as the deadlines module computes no period of the 2017 text.
 */
function check2017(ctx: RuleContext<'early' | 'early2017'>): void {
  const { model } = ctx;
  const proc = model.facts.程序 ?? {};
  const delivered = proc.告知送达;
  // A 当场 decision has no notice period (2017 text, Art. 34: handed over on the spot).
  if (!delivered || !proc.决定 || isSimpleProcedure(model)) return;
  if (proc.听证告知 !== '是' || proc.听证 || waivedOrUsed(proc.听证申请)) return;
  const end = safe(() => addDays(delivered, HEARING_REQUEST_DAYS_2017));
  if (!end || proc.决定 > end) return;
  ctx.report({
    messageId: 'early2017',
    data: { decision: proc.决定, delivered, end },
    span: factSpan(model, ['程序', '决定']),
  });
}
