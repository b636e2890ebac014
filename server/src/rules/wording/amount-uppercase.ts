import { formatYuan, toUppercaseAmount } from '../../core/numerals';
import { defineRule, replace, type FixSpec } from '../../core/rule';

const messages = {
  malformed: {
    zh: '大写金额「{upper}」写法不规范（读作 {value} 元）：一串连续的零只写一个「零」，末尾的零不写，数位依次为拾、佰、仟、万、亿。应写作「{canonical}」。',
    en: 'The uppercase amount "{upper}" is not well formed (it reads {value} yuan): one 零 for a run of zeros, none at the end, the units in order. Write "{canonical}".',
  },
  unreadable: {
    zh: '大写金额「{upper}」不是一个能读出数额的大写金额（数位重复或次序不对）。请按小写数额重新写出大写。',
    en: 'The uppercase amount "{upper}" cannot be read as a sum (a unit repeated or out of order). Write the uppercase again from the figure.',
  },
  toCanonical: { zh: '改为「{canonical}」', en: 'Change to "{canonical}"' },
};

const NUMERAL = /[壹贰叁肆伍陆柒捌玖拾]/;

export default defineRule({
  meta: {
    id: 'wording/amount-uppercase',
    severity: 'info',
    description: {
      zh: '大写金额按规范写法书写（一串零只写一个「零」，数位有序）',
      en: 'An uppercase amount is written in the standard form (one 零 for a run of zeros, units in order)',
    },
    basis: {
      kind: 'house',
      zh: '大写金额按银行通行的写法（中国人民银行《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》），见 docs/wording-and-citations.md',
      en: "uppercase amounts as banks write them (People's Bank of China, Payment and Settlement Measures, annex 1), see docs/wording-and-citations.md",
    },
    docs: 'docs/rules/wording/amount-uppercase.md',
    fixable: true,
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    for (const a of ctx.model.amounts) {
      const upper = a.upper;
      // 「一万元」's 万元 is not an uppercase amount: one has an uppercase numeral.
      if (!upper || upper.wellFormed || !NUMERAL.test(upper.raw)) continue;
      const canonical = upper.value === undefined ? undefined : toUppercaseAmount(upper.value);
      if (canonical === undefined) {
        ctx.report({ messageId: 'unreadable', data: { upper: upper.raw }, span: upper.span });
        continue;
      }
      const fix: FixSpec<keyof typeof messages> = {
        messageId: 'toCanonical',
        data: { canonical },
        edits: [replace(upper.span, canonical)],
      };
      // Certain when the figure in brackets says the same sum; otherwise which sum is meant is
      // for the officer (wording/amount-mismatch compares the two).
      const certain = a.digits?.value === upper.value;
      ctx.report({
        messageId: 'malformed',
        data: { upper: upper.raw, value: formatYuan(upper.value!), canonical },
        span: upper.span,
        ...(certain ? { fixes: [fix] } : { suggestions: [fix] }),
      });
    }
  },
});
