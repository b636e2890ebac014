import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

/** Levels that perform the legal review, which Art. 58 keeps apart from the investigation. */
const LEGAL_LEVELS = ['法制员', '法制科室'];

function names(s: string | undefined): string[] {
  return (s ?? '')
    .split(/[、，,;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export default defineRule({
  meta: {
    id: 'procedure/review-independence',
    severity: 'warning',
    description: {
      zh: '调查取证的执法人员不应同时担任法制审核人员',
      en: 'An investigating officer does not also perform the legal review',
    },
    basis: {
      kind: 'agency',
      zh: '审核制度：调查取证的执法人员不兼任法制审核（预设 zhangjiagang）；法制审核见《中华人民共和国行政处罚法》第五十八条',
      en: "the agency's review procedure: the investigating officers do not perform the legal review (preset zhangjiagang); legal review: Administrative Penalty Law, Art. 58",
    },
    docs: 'docs/rules/procedure/review-independence.md',
  },
  messages: {
    same: {
      zh: '「{name}」既是本案执法人员，又担任「{level}」审核。法制审核应由从事法制审核的人员进行，调查人员不宜自审；请改由其他人员审核。',
      en: '"{name}" investigated the case and also performs the "{level}" review. Legal review is done by reviewers, not by the investigator; have someone else review.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const officers = new Set((model.facts.执法人员 ?? []).map((o) => o.姓名).filter((n): n is string => !!n));
    (model.facts.审核 ?? []).forEach((step, i) => {
      if (!step.环节 || !LEGAL_LEVELS.includes(step.环节)) return;
      for (const name of names(step.姓名)) {
        if (officers.has(name))
          ctx.report({
            messageId: 'same',
            data: { name, level: step.环节 },
            span: factSpan(model, ['审核', i, '姓名']),
          });
      }
    });
  },
});
