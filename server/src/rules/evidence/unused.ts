import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/unused',
    severity: 'info',
    description: {
      zh: '证据表中的每项证据都应被事实引用',
      en: 'Every listed evidence item is cited by some statement of fact',
    },
    basis: {
      kind: 'house',
      zh: '证据表的每份证据都在违法事实中引用（证据表是 CaseDraft 的写法，见 docs/format.md）',
      en: "every piece of evidence in the table is cited by the facts (the table is CaseDraft's form, see docs/format.md)",
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
    // Loops, not flatMap: this runs on every keystroke over every block, and most cite nothing.
    const cited = new Set<string>();
    for (const b of model.blocks) for (const c of b.citations) for (const r of c.refs) cited.add(r.id);
    for (const row of model.evidence.rows) {
      if (!row.id || cited.has(row.id)) continue;
      ctx.report({ messageId: 'unused', data: { id: row.id }, span: row.cells.编号?.span ?? row.span });
    }
  },
});
