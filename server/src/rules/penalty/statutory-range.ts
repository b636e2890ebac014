import type { FineRange } from '../../core/catalog';
import { factSpan, isPenaltyDecision, yuan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'penalty/statutory-range',
    severity: 'error',
    description: {
      zh: '罚款须在所依据的罚则规定的幅度内（依合规清单）',
      en: 'The fine lies within the range of the penalty provision (from the compliance catalog)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四条、第五条',
      en: 'Administrative Penalty Law, Arts. 4, 5',
    },
    docs: 'docs/rules/penalty/statutory-range.md',
  },
  messages: {
    outside: {
      zh: '罚款 {fine} 元不在{law}{article}规定的幅度内（{ranges}）。请按罚则核对罚款数额。',
      en: 'The fine of {fine} yuan lies outside the range of {law} {article} ({ranges}). Check the amount against the provision.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const fine = model.facts.处罚?.罚款;
    const entry = ctx.catalog.find(model.facts.违法行为);
    if (fine === undefined || !entry?.fines?.length || !entry.penalty) return;
    // Ranges set as multiples of 货值金额 and the like need that base, which the front matter does not give.
    const fixed = entry.fines.filter(
      (r): r is FineRange & { max: number } => r.max !== undefined && r.base === undefined,
    );
    if (fixed.length !== entry.fines.length) return;
    const inside = fixed.some((r) => fine >= (r.min ?? 0) && fine <= r.max);
    if (inside) return;
    const ranges = {
      list: fixed.map((r) => `${r.condition ? `${r.condition}：` : ''}「${r.quote}」`),
      join: 'semicolon',
    } as const;
    ctx.report({
      messageId: 'outside',
      data: { fine: yuan(fine), law: `《${entry.penalty.law}》`, article: entry.penalty.article, ranges },
      span: factSpan(model, ['处罚', '罚款']),
    });
  },
});
