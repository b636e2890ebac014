import { factSpan, isPenaltyDecision, keySpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/notice',
    severity: 'error',
    description: {
      zh: '作出行政处罚决定前须告知当事人拟处罚的内容及事实、理由、依据',
      en: 'The party is notified of the intended penalty before the decision',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第六十二条',
      en: 'Administrative Penalty Law, Arts. 44, 62',
    },
    docs: 'docs/rules/procedure/notice.md',
  },
  messages: {
    missing: {
      zh: '程序中没有告知日期。作出行政处罚决定之前须告知当事人拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、要求听证等权利，否则不得作出决定；请填写程序.告知。',
      en: 'The procedure has no notice date (告知). Before a penalty decision the party must be told of the intended penalty, its facts, reasons and basis and their rights, or no decision may be made; fill in 程序.告知.',
    },
    after: {
      zh: '告知日期 {notice} 晚于决定日期 {decision}。告知须在作出决定之前，请核对日期。',
      en: 'The notice ({notice}) is dated after the decision ({decision}). Notice must come before the decision; check the dates.',
    },
  },
  check(ctx) {
    // A no-penalty decision needs no advance notice (scope notes of the rule catalog).
    if (!isPenaltyDecision(ctx.model)) return;
    const proc = ctx.model.facts.程序;
    if (!proc) return;
    if (!proc.告知) {
      ctx.report({ messageId: 'missing', span: keySpan(ctx.model, ['程序']) });
      return;
    }
    if (proc.决定 && proc.告知 > proc.决定)
      ctx.report({
        messageId: 'after',
        data: { notice: proc.告知, decision: proc.决定 },
        span: factSpan(ctx.model, ['程序', '告知']),
      });
  },
});
