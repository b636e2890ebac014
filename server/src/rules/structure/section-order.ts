import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'structure/section-order',
    severity: 'info',
    description: {
      zh: '各部分应按文书格式规定的顺序排列',
      en: 'Sections follow the order of the document format',
    },
    basis: {
      kind: 'house',
      zh: 'CaseDraft 文书格式的部分顺序（docs/format.md）；决定书应载明的事项见《中华人民共和国行政处罚法》第五十九条',
      en: "the section order of CaseDraft's format (docs/format.md); what a decision states: Administrative Penalty Law, Art. 59",
    },
    docs: 'docs/rules/structure/section-order.md',
  },
  messages: {
    order: {
      zh: '「{section}」应在「{after}」之前。请按格式顺序调整各部分：{order}。',
      en: '"{section}" belongs before "{after}". Reorder the sections as the format requires: {order}.',
    },
  },
  check(ctx) {
    const doctype = ctx.model.doctype;
    if (!doctype) return;
    const required = doctype.requiredSections;
    const seen = new Set<string>();
    let furthest: { name: string; index: number } | undefined;
    for (const s of ctx.model.sections) {
      // A section standing for two (违法事实和证据) is placed by the first of them it stands for.
      const indices = s.names
        .filter((n) => required.includes(n) && !seen.has(n))
        .map((n) => required.indexOf(n));
      if (!indices.length) continue;
      for (const n of s.names) seen.add(n);
      const index = Math.min(...indices);
      if (furthest && index < furthest.index) {
        ctx.report({
          messageId: 'order',
          data: {
            section: required[index]!,
            after: furthest.name,
            order: { list: required, join: 'enum' },
          },
          span: s.headingSpan,
        });
      } else {
        const last = Math.max(...indices);
        furthest = { name: required[last]!, index: last };
      }
    }
  },
});
