import { fineAmounts } from '../../core/fines';
import { formatYuan, toUppercaseAmount } from '../../core/numerals';
import { defineRule, replace, type FixSpec } from '../../core/rule';

const messages = {
  upperDigits: {
    zh: '大写金额「{upper}」（{upperValue} 元）与小写「{digits}」（{digitValue} 元）不一致，请核对后改正其中之一。',
    en: 'The uppercase amount "{upper}" ({upperValue} yuan) and the digits "{digits}" ({digitValue} yuan) disagree: check and correct one of them.',
  },
  fact: {
    zh: '罚款金额 {found} 元与前置信息「处罚.罚款」{fact} 元不一致，请核对后改正正文或前置信息。',
    en: 'The fine of {found} yuan differs from 处罚.罚款 ({fact} yuan) in the front matter: correct the text or the front matter.',
  },
  toUpper: { zh: '大写改为「{to}」', en: 'Make the uppercase "{to}"' },
  toDigits: { zh: '小写改为「{to}」', en: 'Make the digits "{to}"' },
};

export default defineRule({
  meta: {
    id: 'wording/amount-mismatch',
    severity: 'error',
    description: {
      zh: '大写金额、小写金额与处罚.罚款一致',
      en: 'Uppercase amount, digits and 处罚.罚款 agree',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第三项（行政处罚的种类和依据）',
      en: 'Administrative Penalty Law, Art. 59 para 1(iii) (the kind of penalty)',
    },
    docs: 'docs/rules/wording/amount-mismatch.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    const fact = ctx.model.facts.处罚?.罚款;
    const fines = new Set(fineAmounts(ctx.model));
    // 「……并处1倍罚款5722.74元；……并处2倍罚款441.36元；……并处罚款6164.1元」: a fine for each
    // act, and 处罚.罚款 their sum. Parts that add up to it disagree with nothing.
    const cents = (v: number) => Math.round(v * 100);
    const parts = [...fines]
      .map((a) => a.digits?.value ?? a.upper?.value)
      .filter((v): v is number => v !== undefined && v !== fact);
    const partsOfFact =
      fact !== undefined && parts.length > 1 && parts.reduce((s, v) => s + cents(v), 0) === cents(fact);
    for (const a of ctx.model.amounts) {
      const u = a.upper?.value;
      const d = a.digits?.value;
      if (a.upper && a.digits && u !== undefined && u !== d) {
        // Which of the two is right is for the officer: both repairs are offered, the one agreeing with 处罚.罚款 first.
        const toUpper = toUppercaseAmount(d!);
        const suggestions: FixSpec<keyof typeof messages>[] = [];
        const digitsFix: FixSpec<keyof typeof messages> = {
          messageId: 'toDigits',
          data: { to: formatYuan(u) },
          edits: [replace(a.digits.span, formatYuan(u))],
        };
        const upperFix: FixSpec<keyof typeof messages> | undefined = toUpper
          ? { messageId: 'toUpper', data: { to: toUpper }, edits: [replace(a.upper.span, toUpper)] }
          : undefined;
        if (fact === d) {
          if (upperFix) suggestions.push(upperFix);
          suggestions.push(digitsFix);
        } else {
          suggestions.push(digitsFix);
          if (upperFix) suggestions.push(upperFix);
        }
        ctx.report({
          messageId: 'upperDigits',
          data: {
            upper: a.upper.raw,
            upperValue: formatYuan(u),
            digits: a.digits.raw,
            digitValue: formatYuan(d!),
          },
          span: a.span,
          suggestions,
        });
      }
      if (fact === undefined || !fines.has(a) || partsOfFact) continue;
      const values = [u, d].filter((v): v is number => v !== undefined);
      // When the two forms disagree and one of them is 处罚.罚款, the first message says it all.
      if (values.length === 2 && values[0] !== values[1] && values.includes(fact)) continue;
      const found = values.find((v) => v !== fact);
      if (found !== undefined)
        ctx.report({
          messageId: 'fact',
          data: { found: formatYuan(found), fact: formatYuan(fact) },
          span: a.span,
        });
    }
  },
});
