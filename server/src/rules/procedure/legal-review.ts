import {
  defaultNote,
  isSimpleProcedure,
  keySpan,
  partyType,
  partyTypeText,
  yuan,
} from '../../core/procedure';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/legal-review',
    severity: 'error',
    description: {
      zh: '经过听证或达到重大案件标准的，决定前须经法制审核',
      en: 'Cases heard at a hearing or reaching the major-case threshold need 法制审核 before the decision',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十八条',
      en: 'Administrative Penalty Law, Art. 58',
    },
    docs: 'docs/rules/procedure/legal-review.md',
  },
  messages: {
    hearing: {
      zh: '本案经过听证（{date}），但程序中没有法制审核日期。经过听证程序的，作出决定前应当进行法制审核；请填写程序.法制审核。',
      en: 'The case went through a hearing ({date}) but has no 法制审核 date. After a hearing the decision needs legal review first; fill in 程序.法制审核.',
    },
    major: {
      zh: '罚款 {fine} 元达到{type}重大案件标准 {threshold} 元{note}，但程序中没有法制审核日期。未经法制审核不得作出决定；请填写程序.法制审核。',
      en: 'The fine of {fine} yuan reaches the major-case threshold for a {type} of {threshold} yuan{note}, but there is no 法制审核 date. No decision without legal review; fill in 程序.法制审核.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isDecision(model) || isSimpleProcedure(model)) return;
    const proc = model.facts.程序;
    if (!proc || proc.法制审核) return;
    const span = keySpan(model, ['程序']);
    if (proc.听证) {
      ctx.report({ messageId: 'hearing', data: { date: proc.听证 }, span });
      return;
    }
    const type = partyType(model);
    const fine = model.facts.处罚?.罚款;
    if (!type || fine === undefined) return;
    const threshold = config.thresholds.majorCase[type];
    if (fine >= threshold) {
      ctx.report({
        messageId: 'major',
        data: {
          fine: yuan(fine),
          type: partyTypeText(type),
          threshold: yuan(threshold),
          note: defaultNote(config, 'thresholds.majorCase'),
        },
        span,
      });
    }
  },
});
