import { sectionByName } from '../../core/model';
import { isPenaltyDecision } from '../../core/procedure';
import { under2017Text } from '../../core/renumbering';
import { defineRule } from '../../core/rule';

const FIFTEEN_DAYS = /(?:十五|15)\s*日/;
const THREE_PERCENT = /百分之三|3\s*[%％]/;
const CAP = /不得超[出过]罚款(?:的)?数额/;

export default defineRule({
  meta: {
    id: 'procedure/payment-clause',
    severity: 'warning',
    description: {
      zh: '履行方式和期限须写明十五日缴纳期限及每日百分之三、以罚款数额为限的加处罚款',
      en: 'The payment clause states the 15-day period and the 3 % daily surcharge capped at the fine',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第六十七条第三款、第七十二条第一款第一项',
      en: 'Administrative Penalty Law, Art. 67 para 3, Art. 72 para 1(i)',
    },
    docs: 'docs/rules/procedure/payment-clause.md',
  },
  messages: {
    noPeriod: {
      zh: '履行方式和期限没有写明「自收到本决定书之日起十五日内」缴纳罚款。请写明：「当事人应当自收到本决定书之日起十五日内……缴纳罚款」。',
      en: 'The payment clause does not state payment within fifteen days of receiving the decision (十五日内). Write: 「当事人应当自收到本决定书之日起十五日内……缴纳罚款」.',
    },
    noSurcharge: {
      zh: '履行方式和期限没有写明逾期每日按罚款数额的百分之三加处罚款。请写明：「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额」。',
      en: 'The payment clause does not state the daily surcharge of 3 % of the fine for late payment. Write: 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额」.',
    },
    noSurcharge2017: {
      zh: '履行方式和期限没有写明逾期每日按罚款数额的百分之三加处罚款。本决定作出时施行的2017年修正的《行政处罚法》第五十一条第（一）项规定：「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款」，请写明。',
      en: 'The payment clause does not state the daily surcharge of 3 % of the fine for late payment. Under Art. 51 (i) of the Administrative Penalty Law as amended in 2017, in force when the decision was made: 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款」; state it.',
    },
    noCap: {
      zh: '履行方式和期限写了每日按罚款数额的百分之三加处罚款，却没有写明「加处罚款的数额不得超出罚款的数额」：告知的后果少了法律给的上限。请在其后补上这一句。',
      en: 'The payment clause states the daily 3 % surcharge but not that the surcharge may not exceed the fine (加处罚款的数额不得超出罚款的数额): the consequence told lacks the cap the law sets. Add it after the surcharge.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    // No payment clause in a no-penalty decision (scope notes of the rule catalog).
    if (!isPenaltyDecision(model)) return;
    const pen = model.facts.处罚;
    if (!pen || !(pen.罚款 || pen.种类?.includes('罚款'))) return;
    const section = sectionByName(model, '履行方式和期限');
    if (!section) return;
    const text = section.text;
    if (!FIFTEEN_DAYS.test(text)) ctx.report({ messageId: 'noPeriod', span: section.headingSpan });
    // The cap on the surcharge is the 2021 text's (Art. 72 para 1 (一)); the 2017 Art. 51 (一) has none.
    const under2017 = under2017Text(ctx.lawDate);
    if (!THREE_PERCENT.test(text))
      ctx.report({ messageId: under2017 ? 'noSurcharge2017' : 'noSurcharge', span: section.headingSpan });
    else if (!under2017 && !CAP.test(text)) ctx.report({ messageId: 'noCap', span: section.headingSpan });
  },
});
