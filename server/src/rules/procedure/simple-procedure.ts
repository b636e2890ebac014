import { factSpan, isSimpleProcedure, yuan } from '../../core/procedure';
import { under2017Text } from '../../core/renumbering';
import { defineRule } from '../../core/rule';

/** Art. 51: 当场 decisions for fines up to 200 yuan (公民) or 3,000 yuan (法人或者其他组织). */
export const LIMITS = { 个人: 200, 单位: 3000 } as const;

/**
 * The 2017 text, Art. 33: 「对公民处以五十元以下、对法人或者其他组织处以一千元以下罚款或者警告的行政处罚
 * 的,可以当场作出行政处罚决定」 (read in the copies named for that row of
 * data/chufa-fa-renumbering.json, source [M] of the research note): a decision made before
 * 2021-07-15 is held to these.
 */
const LIMITS_2017 = { 个人: 50, 单位: 1000 } as const;

const LIMIT_WORDS = { 200: '二百', 3000: '三千', 50: '五十', 1000: '一千' } as const;

export default defineRule({
  meta: {
    id: 'procedure/simple-procedure',
    severity: 'error',
    description: {
      zh: '简易程序只适用于对个人二百元以下、对单位三千元以下罚款或者警告',
      en: 'Simple procedure only for fines up to 200 yuan (person) or 3,000 yuan (organisation), or a warning',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十一条',
      en: 'Administrative Penalty Law, Art. 51',
    },
    docs: 'docs/rules/procedure/simple-procedure.md',
  },
  messages: {
    over: {
      zh: '简易程序（当场处罚）的罚款 {fine} 元超过对{type}{limit}元以下的限额。请改用普通程序（立案、调查、告知、审核后作出决定）。',
      en: 'A simple-procedure (on-the-spot) fine of {fine} yuan exceeds the limit of {limit} yuan for a {type}. Use the ordinary procedure instead.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isSimpleProcedure(model)) return;
    const type = model.facts.当事人?.类型;
    const fine = model.facts.处罚?.罚款;
    const limit = (under2017Text(ctx.lawDate) ? LIMITS_2017 : LIMITS)[type ?? '个人'];
    if (!type || fine === undefined || fine <= limit) return;
    ctx.report({
      messageId: 'over',
      data: {
        fine: yuan(fine),
        limit: { zh: LIMIT_WORDS[limit], en: yuan(limit) },
        type: type === '个人' ? { zh: '公民', en: 'person' } : { zh: '法人或者其他组织', en: 'organisation' },
      },
      span: factSpan(model, ['处罚', '罚款']),
    });
  },
});
