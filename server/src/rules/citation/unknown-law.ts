import { resolveCitations } from '../../core/citations';
import { defineRule } from '../../core/rule';

const messages = {
  unknown: {
    zh: '「{name}」不在 CaseDraft 附带的法律数据中，无法核对条号与条文：请核对名称是否为全称、是否有误；如名称无误，请人工核对所引条文。',
    en: '"{name}" is not in the law data bundled with CaseDraft, so its articles cannot be checked: check the name (full name, typos); if it is right, check the cited article by hand.',
  },
};

export default defineRule({
  meta: {
    id: 'citation/unknown-law',
    severity: 'info',
    description: { zh: '所引法律不在附带的法律数据中', en: 'A cited law is not in the bundled law data' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第三项（行政处罚的种类和依据）',
      en: 'Administrative Penalty Law, Art. 59 para 1(iii) (the kind and basis of the penalty)',
    },
    docs: 'docs/rules/citation/unknown-law.md',
  },
  messages,
  check(ctx) {
    const seen = new Set<string>();
    for (const r of resolveCitations(ctx.model)) {
      const c = r.citation;
      // Only a law's name that no version is bundled of: a contract's 《……条款》 is no law, and a
      // law whose older text was in force on the document's date is known, just not checkable.
      if (r.inherited || r.status !== 'not-bundled' || !c.legal || !c.lawSpan || seen.has(c.law!)) continue;
      seen.add(c.law!);
      ctx.report({ messageId: 'unknown', data: { name: c.law! }, span: c.lawSpan });
    }
  },
});
