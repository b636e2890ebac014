import { isDecision } from '../../core/model';
import { isIsoDate } from '../../core/facts';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/after-notice',
    severity: 'warning',
    description: {
      zh: '告知之后取得的证据未经告知当事人',
      en: 'Evidence obtained after the advance notice was never put to the party',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第四十五条',
      en: 'Administrative Penalty Law, Arts. 44, 45',
    },
    docs: 'docs/rules/evidence/after-notice.md',
  },
  messages: {
    after: {
      zh: '「{id}」取得于 {date}，晚于告知日期 {notice}，当事人未被告知该证据。若以其认定事实，应重新告知并听取陈述、申辩。',
      en: '"{id}" was obtained on {date}, after the notice of {notice}: the party was never told of it. If it supports the findings, notify the party again and hear them.',
    },
  },
  check(ctx) {
    if (!isDecision(ctx.model)) return;
    const notice = ctx.model.facts.程序?.告知;
    if (!notice) return;
    for (const row of ctx.model.evidence?.rows ?? []) {
      const cell = row.cells.取得时间;
      const date = cell?.text.trim();
      if (!cell || !date || !isIsoDate(date) || date <= notice) continue;
      ctx.report({ messageId: 'after', data: { id: row.id, date, notice }, span: cell.span });
    }
  },
});
