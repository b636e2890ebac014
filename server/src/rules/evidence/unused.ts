import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/unused',
    severity: 'warning',
    description: {
      zh: '证据表中的每项证据都应被事实引用',
      en: 'Every listed evidence item is cited by some statement of fact',
    },
    law: {
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第二项',
      en: 'Administrative Penalty Law, Art. 59(1)(ii)',
    },
    docs: 'docs/rules/evidence/unused.md',
  },
  messages: {
    unused: {
      zh: '「{id}」列在证据表中，但没有任何事实引用它。请在它所证明的事实段末引用 [{id}]，或从表中删去。',
      en: '"{id}" is listed but no statement of fact cites it. Cite [{id}] after the fact it proves, or remove it from the table.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!model.evidence) return;
    const cited = new Set(model.blocks.flatMap((b) => b.citations.flatMap((c) => c.refs.map((r) => r.id))));
    for (const row of model.evidence.rows) {
      if (!row.id || cited.has(row.id)) continue;
      ctx.report({ messageId: 'unused', data: { id: row.id }, span: row.cells.编号?.span ?? row.span });
    }
  },
});
