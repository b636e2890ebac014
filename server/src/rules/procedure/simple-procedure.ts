import { factSpan, isSimpleProcedure, yuan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

/** Art. 51: 当场 decisions for fines up to 200 yuan (公民) or 3,000 yuan (法人或者其他组织). */
export const LIMITS = { 个人: 200, 单位: 3000 } as const;

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
    if (!type || fine === undefined || fine <= LIMITS[type]) return;
    ctx.report({
      messageId: 'over',
      data: {
        fine: yuan(fine),
        limit: { zh: type === '个人' ? '二百' : '三千', en: yuan(LIMITS[type]) },
        type: type === '个人' ? { zh: '公民', en: 'person' } : { zh: '法人或者其他组织', en: 'organisation' },
      },
      span: factSpan(model, ['处罚', '罚款']),
    });
  },
});
