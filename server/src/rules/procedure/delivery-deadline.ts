import { addDays, isWorkingDay } from '../../core/calendar';
import { deadlinesOf, describeCounting, safe } from '../../core/deadlines';
import { inBoth } from '../../core/i18n';
import { isDecision } from '../../core/model';
import { factSpan, isSimpleProcedure } from '../../core/procedure';
import { CHUFA_2021_IN_FORCE, under2017Text } from '../../core/renumbering';
import { defineRule, type RuleContext } from '../../core/rule';

/**
 * 2017 text, Art. 40: 「当事人不在场的,行政机关应当在七日内依照民事诉讼法的有关规定,将行政处罚决定书
 * 送达当事人」 (read in the copies named for that row of data/chufa-fa-renumbering.json, sources
 * [C][G][J] of the research note). That text has no counterpart of the 2021 Art. 85: calendar days.
 */
const DELIVERY_DAYS_2017 = 7;
/**
 * A seventh day on a rest day is moved to the next working day before a delivery is called late.
 * The 2017 text sends delivery to the 民事诉讼法, whose rule on a period ending on a holiday is not
 * bundled here: so CaseDraft does not state that rule, it only never calls late a delivery that
 * rule could allow (a missed late delivery is the lesser harm than a false finding).
 */
const MAX_REST_DAYS = 15;

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
      // The working days are the 2021 text's (Art. 85); before it the 2017 text's seven days apply.
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第四十条（送达期限七日）',
        en: 'Administrative Penalty Law (2017 text), Art. 40 (seven days to deliver)',
      },
    },
    docs: 'docs/rules/procedure/delivery-deadline.md',
  },
  messages: {
    late: {
      zh: '决定 {decision}，送达 {delivered}：超过送达期限（至 {end}，{how}）。当事人不在场的，应当在七日内送达决定书；请核对送达日期。',
      en: 'Decided {decision}, delivered {delivered}: past the delivery period (to {end}; {how}). When the party is absent the decision must be delivered within seven days; check the date.',
    },
    late2017: {
      zh: '决定 {decision}，送达 {delivered}：超过送达期限（至 {end}，七日，自然日{moved}）。本决定作出时施行的2017年修正的《行政处罚法》第四十条规定，当事人不在场的，行政机关应当在七日内送达决定书（该文本没有工作日的规定）；请核对送达日期。',
      en: 'Decided {decision}, delivered {delivered}: past the delivery period (to {end}; seven calendar days{moved}). Under Art. 40 of the Administrative Penalty Law as amended in 2017, in force when the decision was made, a decision is delivered within seven days when the party is absent (that text has no rule on working days); check the date.',
    },
  },
  check(ctx) {
    if (under2017Text(ctx.lawDate)) {
      check2017(ctx);
      return;
    }
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

/** A decision made under the 2017 text: its seven calendar days (Art. 40 of that text). */
function check2017(ctx: RuleContext<'late' | 'late2017'>): void {
  const { model } = ctx;
  const { 决定: decided, 送达: delivered } = model.facts.程序 ?? {};
  // A 当场 decision is handed over on the spot (2017 text, Art. 34).
  if (!decided || !delivered || !isDecision(model) || isSimpleProcedure(model)) return;
  const seventh = safe(() => addDays(decided, DELIVERY_DAYS_2017));
  if (!seventh) return;
  let end = seventh;
  for (let i = 0; i < MAX_REST_DAYS && !isWorkingDay(end); i++) end = addDays(end, 1);
  if (delivered <= end) return;
  ctx.report({
    messageId: 'late2017',
    data: {
      decision: decided,
      delivered,
      end,
      moved:
        end === seventh
          ? ''
          : inBoth((l) =>
              l === 'zh-cn'
                ? `；第七日 ${seventh} 为休息日，算至其后第一个工作日`
                : `; the seventh day, ${seventh}, is a rest day, so counted to the next working day`,
            ),
    },
    span: factSpan(model, ['程序', '送达']),
  });
}
