import { isIsoDate } from '../../core/facts';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/date-order',
    severity: 'error',
    description: {
      zh: '证据须在违法行为发生之后、处罚决定之前取得',
      en: 'Evidence is obtained after the violation began and before the decision',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十条；《最高人民法院关于行政诉讼证据若干问题的规定》第六十条第一项',
      en: 'Administrative Penalty Law, Art. 40; Supreme People’s Court Provisions on Evidence in Administrative Litigation, Art. 60(i)',
    },
    docs: 'docs/rules/evidence/date-order.md',
  },
  messages: {
    afterDecision: {
      zh: '「{id}」取得于 {date}，晚于处罚决定日期 {decision}。作出决定后收集的证据不能证明决定合法，请核对取得时间。',
      en: '"{id}" was obtained on {date}, after the decision of {decision}. Evidence gathered after a decision cannot support it; check the date.',
    },
    beforeViolation: {
      zh: '「{id}」取得于 {date}，早于违法行为发生日期 {violation}。请核对取得时间或违法行为发生日期。',
      en: '"{id}" was obtained on {date}, before the violation began on {violation}. Check the date obtained or the date of the violation.',
    },
    unreadable: {
      zh: '「{id}」的取得时间「{date}」不是有效日期，应写作 YYYY-MM-DD。',
      en: 'The date obtained of "{id}", "{date}", is not a valid date; write it as YYYY-MM-DD.',
    },
  },
  check(ctx) {
    const proc = ctx.model.facts.程序 ?? {};
    for (const row of ctx.model.evidence?.rows ?? []) {
      const cell = row.cells.取得时间;
      const date = cell?.text.trim();
      if (!cell || !date) continue;
      if (!isIsoDate(date)) {
        ctx.report({ messageId: 'unreadable', data: { id: row.id, date }, span: cell.span });
        continue;
      }
      if (proc.决定 && date > proc.决定) {
        ctx.report({
          messageId: 'afterDecision',
          data: { id: row.id, date, decision: proc.决定 },
          span: cell.span,
        });
      } else if (proc.违法行为发生 && date < proc.违法行为发生) {
        ctx.report({
          messageId: 'beforeViolation',
          data: { id: row.id, date, violation: proc.违法行为发生 },
          span: cell.span,
        });
      }
    }
  },
});
