import { factSpan } from '../../core/procedure';
import type { Procedure } from '../../core/facts';
import { defineRule } from '../../core/rule';

/** The timeline of rules.md: 违法行为发生 ≤ 立案 ≤ 告知 ≤ 告知送达 ≤ 决定 ≤ 送达. */
const ORDER: (keyof Procedure)[] = ['违法行为发生', '立案', '告知', '告知送达', '决定', '送达'];

export default defineRule({
  meta: {
    id: 'procedure/date-order',
    severity: 'error',
    description: {
      zh: '程序日期须依次为：违法行为发生、立案、告知、告知送达、决定、送达',
      en: 'Procedure dates run in order: violation, 立案, notice, notice delivered, decision, delivery',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十四条、第六十二条、第六十一条',
      en: 'Administrative Penalty Law, Arts. 54, 62, 61',
    },
    docs: 'docs/rules/procedure/date-order.md',
  },
  messages: {
    before: {
      zh: '程序.{later}（{laterDate}）早于程序.{earlier}（{earlierDate}）。程序应依次为违法行为发生、立案、告知、告知送达、决定、送达，请核对日期。',
      en: '程序.{later} ({laterDate}) is before 程序.{earlier} ({earlierDate}). Steps run: violation, 立案, notice, notice delivered, decision, delivery; check the dates.',
    },
  },
  check(ctx) {
    const proc = ctx.model.facts.程序;
    if (!proc) return;
    let prev: { key: string; date: string } | undefined;
    for (const key of ORDER) {
      const date = proc[key];
      if (!date) continue;
      if (prev && date < prev.date) {
        ctx.report({
          messageId: 'before',
          data: { later: key, laterDate: date, earlier: prev.key, earlierDate: prev.date },
          span: factSpan(ctx.model, ['程序', key]),
        });
        continue; // keep the earlier anchor so one wrong date is reported once
      }
      prev = { key, date };
    }
  },
});
