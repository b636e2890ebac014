import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'structure/duplicate-section',
    severity: 'info',
    description: { zh: '同一部分不得出现两次', en: 'A section appears only once' },
    basis: {
      kind: 'house',
      zh: 'CaseDraft 文书格式：每个部分只写一次（docs/format.md）',
      en: "CaseDraft's document format: each section once (docs/format.md)",
    },
    docs: 'docs/rules/structure/duplicate-section.md',
  },
  messages: {
    duplicate: {
      zh: '「{section}」部分重复出现（第 {first} 行已有）。请将两处内容合并为一个部分。',
      en: 'The "{section}" section appears twice (first at line {first}). Merge the two into one section.',
    },
  },
  check(ctx) {
    const first = new Map<string, number>();
    for (const s of ctx.model.sections) {
      if (!s.known) continue;
      const line = ctx.model.lines.positionAt(s.headingSpan.start).line + 1;
      for (const name of s.names) {
        const prev = first.get(name);
        if (prev === undefined) first.set(name, line);
        else
          ctx.report({ messageId: 'duplicate', data: { section: name, first: prev }, span: s.headingSpan });
      }
    }
  },
});
