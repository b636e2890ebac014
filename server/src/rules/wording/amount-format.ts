import { fineAmounts } from '../../core/fines';
import { formatYuan, toUppercaseAmount } from '../../core/numerals';
import { defineRule, insertAt, replace } from '../../core/rule';

const messages = {
  noUpper: {
    zh: '罚款金额「{raw}」未写大写：应写作「人民币{upper}（¥{digits}）」，大写在前，小写数字在括号内。',
    en: 'The fine "{raw}" lacks the uppercase form: write "人民币{upper}（¥{digits}）", uppercase first, digits in brackets.',
  },
  noCurrency: {
    zh: '罚款金额「{raw}」前未写「人民币」，应写作「人民币{raw}」。',
    en: 'The fine "{raw}" does not say 人民币: write "人民币{raw}".',
  },
  fixUpper: { zh: '改为「人民币{upper}（¥{digits}）」', en: 'Change to "人民币{upper}（¥{digits}）"' },
  fixCurrency: { zh: '加上「人民币」', en: 'Add 人民币' },
};

export default defineRule({
  meta: {
    id: 'wording/amount-format',
    severity: 'warning',
    description: {
      zh: '罚款金额写作「人民币大写（¥小写）」',
      en: 'A fine is written 人民币 + uppercase + (¥digits)',
    },
    law: {
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第三项（行政处罚的种类和依据）；写法见 docs/wording-and-citations.md',
      en: 'Administrative Penalty Law, Art. 59(1)(3); form: see docs/wording-and-citations.md',
    },
    docs: 'docs/rules/wording/amount-format.md',
    fixable: true,
  },
  messages,
  check(ctx) {
    for (const a of fineAmounts(ctx.model)) {
      const raw = ctx.model.text.slice(a.span.start, a.span.end);
      if (!a.upper && a.digits) {
        const upper = toUppercaseAmount(a.digits.value);
        if (!upper) continue;
        const digits = formatYuan(a.digits.value);
        ctx.report({
          messageId: 'noUpper',
          data: { raw, upper, digits },
          span: a.span,
          fixes: [
            {
              messageId: 'fixUpper',
              data: { upper, digits },
              edits: [replace(a.span, `人民币${upper}（¥${digits}）`)],
            },
          ],
        });
      } else if (a.upper && !a.currency) {
        ctx.report({
          messageId: 'noCurrency',
          data: { raw },
          span: a.span,
          fixes: [{ messageId: 'fixCurrency', edits: [insertAt(a.span.start, '人民币')] }],
        });
      }
    }
  },
});
