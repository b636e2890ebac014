import { caseDependency, caseOfModel, documentLabel, noticeFor } from '../../core/case';
import { factSpan, isPenaltyDecision, yuan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

/** 行政处罚法 Art. 9 (一): the lightest kinds; a decision that adds one of them is not heavier. */
const LIGHTEST = new Set(['警告', '通报批评']);

export default defineRule({
  meta: {
    id: 'case/heavier-penalty',
    severity: 'error',
    description: {
      zh: '处罚决定不得重于告知书拟作出的处罚，除非已重新告知',
      en: 'The decision may not impose more than the notice proposed, unless a new notice was given',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十五条第二款、第四十四条',
      en: 'Administrative Penalty Law, Art. 45 para 2, Art. 44',
    },
    docs: 'docs/rules/case/heavier-penalty.md',
    crossDocument: caseDependency,
  },
  messages: {
    noticePenalty: { zh: '告知书拟作出的处罚', en: 'The penalty the notice proposed' },
    fine: {
      zh: '决定的罚款 {decided} 元重于告知书 {notice} 拟作出的罚款 {proposed} 元。行政机关不得因当事人陈述、申辩而给予更重的处罚；如因新的事实确需加重，应重新制作告知书，告知当事人并听取其陈述、申辩后再作决定。请改正罚款数额，或重新告知。',
      en: 'The decision fines {decided} yuan, more than the {proposed} yuan proposed by the notice {notice}. A penalty may not be made heavier because the party spoke in defence; if new facts call for more, give a new notice and hear the party first. Correct the fine, or give a new notice.',
    },
    confiscation: {
      zh: '决定没收违法所得 {decided} 元，多于告知书 {notice} 拟没收的 {proposed} 元。不得因当事人陈述、申辩而给予更重的处罚；确需加重的，应重新告知。请改正数额，或重新告知。',
      en: 'The decision confiscates {decided} yuan of illegal gains, more than the {proposed} yuan proposed by the notice {notice}. A penalty may not be made heavier because of the defence; give a new notice if more is needed. Correct the amount, or give a new notice.',
    },
    kind: {
      zh: '决定的处罚种类「{kinds}」是告知书 {notice} 未拟作出的。增加处罚种类即加重处罚，须重新告知当事人并听取其陈述、申辩。请删去该种类，或重新告知。',
      en: 'The decision imposes "{kinds}", which the notice {notice} did not propose. Adding a kind of penalty makes it heavier and needs a new notice and hearing the party. Remove it, or give a new notice.',
    },
  },
  check(ctx) {
    if (!isPenaltyDecision(ctx.model)) return;
    const here = caseOfModel(ctx.workspace, ctx.model);
    const notice = here && noticeFor(here.file, here.doc);
    if (!notice) return;
    const decided = ctx.model.facts.处罚;
    const proposed = notice.model.facts.处罚;
    if (!decided || !proposed) return;
    const label = documentLabel(notice.model);
    const related = (key: string) => [
      {
        uri: notice.uri,
        model: notice.model,
        span: factSpan(notice.model, ['处罚', key]),
        messageId: 'noticePenalty' as const,
      },
    ];
    for (const [key, id] of [
      ['罚款', 'fine'],
      ['没收违法所得', 'confiscation'],
    ] as const) {
      const d = decided[key];
      const p = proposed[key];
      // A notice silent on the amount cannot be compared (a kind it did not propose is reported below).
      if (d === undefined || p === undefined || d <= p) continue;
      ctx.report({
        messageId: id,
        data: { decided: yuan(d), proposed: yuan(p), notice: label },
        span: factSpan(ctx.model, ['处罚', key]),
        related: related(key),
      });
    }
    const added = (decided.种类 ?? []).filter((k) => !LIGHTEST.has(k) && !(proposed.种类 ?? []).includes(k));
    if (added.length && proposed.种类) {
      const i = decided.种类!.indexOf(added[0]!);
      ctx.report({
        messageId: 'kind',
        data: { kinds: added.join('、'), notice: label },
        span: factSpan(ctx.model, ['处罚', '种类', i]),
        related: related('种类'),
      });
    }
  },
});
