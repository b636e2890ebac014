import { DOCTYPES } from '../../core/doctypes';
import { defineRule, replace } from '../../core/rule';

const messages = {
  unknown: {
    zh: '「{value}」不是已知的文书类型。请写作：{known}。',
    en: '"{value}" is not a known document type. Use one of: {known}.',
  },
  replace: { zh: '改为「{name}」', en: 'Change to "{name}"' },
};

export default defineRule({
  meta: {
    id: 'structure/unknown-doctype',
    severity: 'info',
    description: { zh: '「文书」须为已知的文书类型', en: '文书 must name a known document type' },
    basis: {
      kind: 'house',
      zh: 'CaseDraft 文书格式的文书类型（docs/format.md）',
      en: "the document types of CaseDraft's format (docs/format.md)",
    },
    docs: 'docs/rules/structure/unknown-doctype.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    const value = ctx.model.facts.文书;
    if (value === undefined || ctx.model.doctype) return;
    const span = ctx.model.frontMatter.locate(['文书']);
    if (!span) return;
    const close = DOCTYPES.filter((d) => distance(d.name, value) <= 2);
    ctx.report({
      messageId: 'unknown',
      data: { value, known: { list: DOCTYPES.map((d) => d.name), join: 'enum' } },
      span,
      suggestions: close.map((d) => ({
        messageId: 'replace',
        data: { name: d.name },
        edits: [replace(span, d.name)],
      })),
    });
  },
});

/** Levenshtein distance: 处罚决定书 for 行政处罚决定书 is a likely slip, not a new type. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
