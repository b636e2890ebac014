import { effectiveSeverity } from '../../core/engine';
import { isExcerpt, isImported, missingData } from '../../core/document-data';
import { defineRule } from '../../core/rule';
import type { MessageValue } from '../../core/types';
// The registry of every rule, to name the checks a run would have made. Read inside check(), when
// the registry (which imports this file) is complete.
import { allRules } from '..';

export default defineRule({
  meta: {
    id: 'structure/imported-data',
    severity: 'info',
    description: {
      zh: '导入的文书不含的数据：哪些检查没有运行、需要什么数据',
      en: 'What a draft made from a document lacks: the checks that did not run and the data they need',
    },
    basis: {
      kind: 'house',
      zh: '导入的文书只检查它载有的内容，公开或收到的文书不载执法证号、审核记录、多数程序日期、证据来源和印章（docs/format.md）',
      en: "CaseDraft's reading of imported documents: a published or received document carries no certificate numbers, review record, most procedure dates, evidence provenance or seal (docs/format.md)",
    },
    docs: 'docs/rules/structure/imported-data.md',
  },
  messages: {
    notRun: {
      zh: '本稿由文书导入（{from}），不含以下数据，需要它们的检查没有运行：{missing}。这些不是文书的缺陷；如需检查，请在前置信息中补上（或按模板写出证据表）。',
      en: 'This draft was made from a document ({from}) and lacks the data below, so the checks that need them did not run: {missing}. These are not defects of the document; to have them checked, add the data to the front matter (or write the evidence table of the template).',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isImported(model) && !isExcerpt(model)) return;
    const missing: MessageValue[] = [];
    for (const d of missingData(model)) {
      // Only checks this run would have made: an agency rule that is off was never going to run.
      const rules = [...d.rules, ...(d.partly ?? [])].filter((id) => {
        const rule = allRules.find((r) => r.meta.id === id);
        return rule && effectiveSeverity(rule, ctx.config) !== 'off';
      });
      if (rules.length)
        missing.push({
          text: { zh: '{label}（{rules}）', en: '{label} ({rules})' },
          data: { label: d.label, rules: { list: rules, join: 'enum' } },
        });
    }
    if (!missing.length) return;
    const at = model.frontMatter.locate(['导入自']) ??
      model.frontMatter.locate(['节选']) ??
      model.title?.span ?? { start: 0, end: 3 };
    const from = model.frontMatter.data?.['导入自'];
    ctx.report({
      messageId: 'notRun',
      data: {
        from: typeof from === 'string' ? from : { zh: '节选', en: 'an excerpt' },
        missing: { list: missing, join: 'semicolon' },
      },
      span: at,
    });
  },
});
