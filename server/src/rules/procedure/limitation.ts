import { addYears } from '../../core/calendar';
import { defaultNote, factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/limitation',
    severity: 'error',
    description: {
      zh: '违法行为在二年内（特定领域五年内）未被发现的，不再给予行政处罚',
      en: 'No penalty for a violation not discovered within two years (five in certain fields)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十六条',
      en: 'Administrative Penalty Law, Art. 36',
    },
    docs: 'docs/rules/procedure/limitation.md',
  },
  messages: {
    expired: {
      zh: '违法行为{endWord} {from}，立案 {filed}，已超过{years}年追责期限（至 {end}）{note}。超过期限未被发现的，不再给予行政处罚；请核对日期（法律另有规定的除外）。',
      en: 'The violation {endWord} on {from} and the case was filed on {filed}: past the {years}-year limitation period (to {end}){note}. A violation not discovered within it is not penalised; check the dates (unless other law provides otherwise).',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    const proc = model.facts.程序;
    const from = proc?.违法行为终了 ?? proc?.违法行为发生;
    if (!proc?.立案 || !from) return;
    const field = model.facts.领域;
    const five = field !== undefined && config.fiveYearLimitationFields.includes(field);
    const years = five ? 5 : 2;
    const end = addYears(from, years);
    if (proc.立案 <= end) return;
    ctx.report({
      messageId: 'expired',
      data: {
        endWord: proc.违法行为终了 ? { zh: '终了', en: 'ended' } : { zh: '发生', en: 'occurred' },
        from,
        filed: proc.立案,
        years: { zh: years === 5 ? '五' : '二', en: String(years) },
        end,
        note: five ? defaultNote(config, 'fiveYearLimitationFields') : '',
      },
      span: factSpan(model, ['程序', '立案']),
    });
  },
});
