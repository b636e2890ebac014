import { sectionByName } from '../../core/model';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/required-by-catalog',
    severity: 'error',
    description: {
      zh: '证据表须包含合规清单为该违法行为规定的证据',
      en: 'The evidence table holds the evidence the compliance catalog requires for the violation',
    },
    basis: {
      kind: 'agency',
      zh: '合规清单（casedraft.config.json 的 catalogs 或预设）为该违法行为列出的证据；法律要求的是查明事实（《中华人民共和国行政处罚法》第四十条）',
      en: "the evidence the agency's compliance catalog (casedraft.config.json catalogs, or a preset) lists for the violation; the law asks that the facts be established (Administrative Penalty Law, Art. 40)",
    },
    docs: 'docs/rules/evidence/required-by-catalog.md',
  },
  messages: {
    lacks: {
      zh: '合规清单要求「{violation}」案件具备「{evidence}」{basis}，证据表中没有。请补充该证据并在事实中引用。',
      en: 'The compliance catalog requires "{evidence}" for "{violation}"{basis}; the evidence table has none. Add it and cite it.',
    },
    violation: { zh: '违法行为：{violation}', en: 'Violation: {violation}' },
  },
  check(ctx) {
    const { model } = ctx;
    const entry = ctx.catalog.find(model.facts.违法行为);
    if (!entry?.evidence?.length) return;
    const rows = model.evidence?.rows ?? [];
    const anchor =
      model.evidence?.headerSpan ?? sectionByName(model, '证据')?.headingSpan ?? model.title?.span;
    if (!anchor) return;
    const violationSpan = model.frontMatter.locate(['违法行为']);
    for (const req of entry.evidence) {
      const found = rows.some((r) =>
        req.match.some((w) => (r.cells.名称?.text ?? '').includes(w) || (r.cells.种类?.text ?? '') === w),
      );
      if (found) continue;
      const basis = req.basis ? { zh: `（${req.basis}）`, en: ` (${req.basis})` } : '';
      ctx.report({
        messageId: 'lacks',
        data: { violation: entry.name, evidence: req.name, basis },
        span: anchor,
        related: violationSpan
          ? [
              {
                span: violationSpan,
                messageId: 'violation',
                data: { violation: entry.name },
              },
            ]
          : undefined,
      });
    }
  },
});
