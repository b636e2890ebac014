import { sectionByName } from '../../core/model';
import { isPenaltyDecision } from '../../core/procedure';
import { defineRule } from '../../core/rule';

/**
 * 责令改正, 责令限期改正, 责令当事人立即改正, 责令停止…, and the orders the statutes give for it:
 * 责令限期恢复原状 (森林法), 责令退还非法占用的土地 (土地管理法), 补种树木.
 */
const ORDER = /责令[^。；;]{0,30}?(?:改正|整改|停止|拆除|恢复原状|恢复植被|退还|补种)/;

export default defineRule({
  meta: {
    id: 'procedure/order-correction',
    severity: 'warning',
    description: {
      zh: '实施行政处罚时应当责令当事人改正或者限期改正违法行为',
      en: 'A penalty decision orders the party to correct the violation',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第二十八条第一款',
      en: 'Administrative Penalty Law, Art. 28 para 1',
    },
    docs: 'docs/rules/procedure/order-correction.md',
  },
  messages: {
    missing: {
      zh: '处罚决定没有责令当事人改正违法行为。行政机关实施行政处罚时，应当责令当事人改正或者限期改正；请在「{section}」中写明，如「责令当事人立即改正……」。',
      en: 'The decision does not order the party to correct the violation. A penalty comes with an order to correct (now or by a date); add it to "{section}", e.g. 责令当事人立即改正…….',
    },
  },
  check(ctx) {
    const { model } = ctx;
    // A no-penalty decision orders nothing (scope notes of the rule catalog).
    if (!isPenaltyDecision(model)) return;
    const section = sectionByName(model, '法律依据与处罚决定');
    if (!section) return;
    if (model.blocks.some((b) => ORDER.test(b.text))) return;
    ctx.report({ messageId: 'missing', data: { section: section.name }, span: section.headingSpan });
  },
});
