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
    severity: 'info',
    description: {
      zh: '罚款金额写作「人民币大写（¥小写）」',
      en: 'A fine is written 人民币 + uppercase + (¥digits)',
    },
    basis: {
      kind: 'house',
      zh: '金额先写大写、括号内写数字（docs/wording-and-citations.md）',
      en: 'amounts in capital numerals first, digits in brackets (docs/wording-and-citations.md)',
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
