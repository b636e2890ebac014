import { defineRule } from '../../core/rule';
import { needsTwoCollectors } from '../../core/evidence';

export default defineRule({
  meta: {
    id: 'evidence/collector-count',
    severity: 'error',
    description: {
      zh: '执法人员制作的笔录、采样记录须由两名以上执法人员收集',
      en: 'Records made by officers (on-site, inspection, inquiry, sampling) name at least two collectors',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十二条第一款、第五十五条第一款',
      en: 'Administrative Penalty Law, Art. 42 para 1, Art. 55 para 1',
    },
    docs: 'docs/rules/evidence/collector-count.md',
  },
  messages: {
    few: {
      zh: '「{id}」（{name}）由执法人员制作，但收集人只有 {count} 人。执法人员不得少于两人，请写明全部在场执法人员，以「、」分隔。',
      en: '"{id}" ({name}) is a record made by officers but names {count} collector(s). At least two officers are required; name all of them, separated by 、.',
    },
  },
  check(ctx) {
    for (const row of ctx.model.evidence?.rows ?? []) {
      if (!needsTwoCollectors(row) || row.collectors.length >= 2) continue;
      ctx.report({
        messageId: 'few',
        data: { id: row.id, name: row.cells.名称?.text ?? '', count: row.collectors.length },
        span: row.cells.收集人?.span ?? row.span,
      });
    }
  },
});
