import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'structure/section-order',
    severity: 'warning',
    description: {
      zh: '各部分应按文书格式规定的顺序排列',
      en: 'Sections follow the order of the document format',
    },
    law: { zh: '《中华人民共和国行政处罚法》第五十九条', en: 'Administrative Penalty Law, Art. 59' },
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
      const index = required.indexOf(s.name);
      if (index < 0 || seen.has(s.name)) continue;
      seen.add(s.name);
      if (furthest && index < furthest.index) {
        ctx.report({
          messageId: 'order',
          data: {
            section: s.name,
            after: furthest.name,
            order: required.join(ctx.locale === 'en' ? ', ' : '、'),
          },
          span: s.headingSpan,
        });
      } else furthest = { name: s.name, index };
    }
  },
});
