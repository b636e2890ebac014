import { isDecision } from '../../core/model';
import { CLAUSE_NAMES, clauseFor, difference, findClause } from '../../core/clauses';
import { defineRule, replace } from '../../core/rule';

const messages = {
  differs: {
    zh: '「{title}」条款与{whose}模板措辞不一致：此处为「{actual}」，模板为「{expected}」。标准条款请照模板写。',
    en: 'The "{title}" clause differs from {whose} template: it says "{actual}" where the template says "{expected}". Write standard clauses as the template does.',
  },
  lacks: {
    zh: '「{title}」条款比{whose}模板少了「{expected}」。标准条款请照模板写。',
    en: 'The "{title}" clause lacks "{expected}", which {whose} template has. Write standard clauses as the template does.',
  },
  adds: {
    zh: '「{title}」条款比{whose}模板多了「{actual}」。标准条款请照模板写。',
    en: 'The "{title}" clause adds "{actual}" to {whose} template. Write standard clauses as the template does.',
  },
  restore: { zh: '恢复模板措辞', en: 'Restore the template wording' },
};

const WHOSE = {
  agency: { zh: '本机关（casedraft.config.json）', en: 'the agency’s (casedraft.config.json)' },
  default: { zh: 'CaseDraft 默认', en: 'CaseDraft’s default' },
};

export default defineRule({
  meta: {
    id: 'wording/boilerplate',
    severity: 'warning',
    description: {
      zh: '标准条款（缴款、加处罚款、救济途径、公示告知）与模板一致',
      en: 'Standard clauses (payment, surcharge, remedy, publication notice) keep the template wording',
    },
    basis: {
      kind: 'agency',
      zh: '标准条款文本（casedraft.config.json 的 templates）；条款应载明的内容见《中华人民共和国行政处罚法》第五十九条第一款第四项、第五项',
      en: "the agency's standard clause texts (casedraft.config.json templates); what the clauses must state: Administrative Penalty Law, Art. 59 para 1(iv) and (v)",
    },
    docs: 'docs/rules/wording/boilerplate.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  check(ctx) {
    // Standard clauses are those of a decision (决定书); notices and records have none of them.
    if (!isDecision(ctx.model)) return;
    for (const name of CLAUSE_NAMES) {
      const clause = clauseFor(name, ctx.config);
      const match = findClause(ctx.model, clause.text);
      // An absent clause is procedure/payment-clause's or remedy-clause's finding, not this rule's.
      if (!match || match.exact) continue;
      const diff = difference(match.window.text, match.expected);
      const whose = clause.agency ? WHOSE.agency : WHOSE.default;
      const fix = { messageId: 'restore' as const, edits: [replace(match.window.span, match.expected)] };
      // Words left out or added are said as such: 「此处为「…」」 told the officer nothing.
      const messageId = !diff.actual ? 'lacks' : !diff.expected ? 'adds' : 'differs';
      ctx.report({
        messageId,
        data: { title: clause.title, whose, actual: diff.actual, expected: diff.expected },
        span: match.window.span,
        // Restoring is certain only when every placeholder (an organ's name) was read from the draft.
        fixes: match.complete ? [fix] : undefined,
        suggestions: match.complete ? undefined : [fix],
      });
    }
  },
});
