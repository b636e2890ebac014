import { factStatements } from '../../core/model';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/uncited-fact',
    severity: 'error',
    description: {
      zh: '违法事实的每一段、每一项都须引用证据',
      en: 'Every paragraph and list item of 违法事实 cites evidence',
    },
    law: {
      zh: '《中华人民共和国行政处罚法》第四十条、第五十九条第一款第二项',
      en: 'Administrative Penalty Law, Art. 40; Art. 59(1)(ii)',
    },
    docs: 'docs/rules/evidence/uncited-fact.md',
  },
  messages: {
    uncited: {
      zh: '这段违法事实没有引用证据。违法事实不清、证据不足的，不得给予行政处罚。请在段末注明证明它的证据，如 [证据1]。',
      en: 'This statement of fact cites no evidence; a penalty needs facts proven by evidence. End it with the evidence that proves it, e.g. [证据1].',
    },
  },
  check(ctx) {
    for (const block of factStatements(ctx.model)) {
      if (block.citations.length === 0) ctx.report({ messageId: 'uncited', span: block.span });
    }
  },
});
