import { defaultNote, factSpan, isSimpleProcedure, keySpan } from '../../core/procedure';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/review-chain',
    severity: 'error',
    description: {
      zh: '审核须包含配置的每一审核环节，依次签署姓名和日期，且在决定之前',
      en: 'Every configured review level signs, in order, before the decision',
    },
    basis: {
      kind: 'agency',
      zh: '审核制度（如张家港的五级审核，预设 zhangjiagang）；法律要求的是负责人审查和法制审核（《中华人民共和国行政处罚法》第五十七条、第五十八条）',
      en: "the agency's review procedure (e.g. Zhangjiagang's five-level review, preset zhangjiagang); the law asks for the head's review and a legal review (Administrative Penalty Law, Arts. 57, 58)",
    },
    docs: 'docs/rules/procedure/review-chain.md',
  },
  messages: {
    missing: {
      zh: '审核缺少「{level}」环节。审核环节应为：{levels}{note}。请补充该环节的姓名、日期和意见。',
      en: 'The review lacks the "{level}" level. The levels are: {levels}{note}. Add its name, date and opinion.',
    },
    incomplete: {
      zh: '审核环节「{level}」没有{what}。每一环节须写明审核人姓名和日期。',
      en: 'Review level "{level}" has no {what}. Each level names the reviewer and the date.',
    },
    backwards: {
      zh: '审核环节「{level}」日期 {date} 早于前一环节「{prev}」的 {prevDate}。审核应逐级进行，请核对日期。',
      en: 'Review level "{level}" is dated {date}, before the previous level "{prev}" ({prevDate}). Review runs level by level; check the dates.',
    },
    afterDecision: {
      zh: '审核环节「{level}」日期 {date} 晚于决定日期 {decision}。审核须在作出决定之前完成。',
      en: 'Review level "{level}" is dated {date}, after the decision ({decision}). Review is finished before the decision.',
    },
  },
  check(ctx) {
    const { model, config } = ctx;
    if (!isDecision(model) || isSimpleProcedure(model)) return;
    const steps = model.facts.审核 ?? [];
    const levels = config.reviewLevels;
    const decision = model.facts.程序?.决定;
    let prev: { level: string; date: string } | undefined;
    for (const level of levels) {
      const i = steps.findIndex((s) => s.环节 === level);
      if (i < 0) {
        ctx.report({
          messageId: 'missing',
          data: {
            level,
            levels: { list: levels, join: 'enum' },
            note: defaultNote(config, 'reviewLevels'),
          },
          span: keySpan(model, ['审核']),
        });
        continue;
      }
      const step = steps[i]!;
      const span = factSpan(model, ['审核', i, '环节']);
      if (!step.姓名 || !step.日期) {
        // "没有姓名和日期" reads as "has no name or date" in English.
        const gaps = [...(step.姓名 ? [] : [['姓名', 'name']]), ...(step.日期 ? [] : [['日期', 'date']])];
        const what = { zh: gaps.map((g) => g[0]).join('和'), en: gaps.map((g) => g[1]).join(' or ') };
        ctx.report({ messageId: 'incomplete', data: { level, what }, span });
      }
      if (!step.日期) continue;
      if (prev && step.日期 < prev.date)
        ctx.report({
          messageId: 'backwards',
          data: { level, date: step.日期, prev: prev.level, prevDate: prev.date },
          span: factSpan(model, ['审核', i, '日期']),
        });
      else if (decision && step.日期 > decision)
        ctx.report({
          messageId: 'afterDecision',
          data: { level, date: step.日期, decision },
          span: factSpan(model, ['审核', i, '日期']),
        });
      prev = { level, date: step.日期 };
    }
  },
});
