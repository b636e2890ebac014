import rule from '../../../server/src/rules/wording/amount-uppercase';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FINE = '处以罚款人民币贰万元整（¥20,000.00）';
const fined = (upper: string, digits: string, fine: string) =>
  edit('  罚款: 20000', `  罚款: ${fine}`, edit(FINE, `处以罚款人民币${upper}（¥${digits}）`));

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: '柒亿零玖元整: one 零 for the run of zeros',
      code: fined('柒亿零玖元整', '700,000,009.00', '700000009'),
    },
    {
      name: '壹拾万零柒仟 and 壹拾万柒仟 are both accepted',
      code: fined('壹拾万零柒仟元整', '107,000.00', '107000'),
    },
    { name: '拾伍万元 for 壹拾伍万元, 圆 for 元, no 整', code: fined('拾伍万圆', '150,000.00', '150000') },
    {
      name: '一万元 in ordinary numerals: not an uppercase amount (real corpus, 10 and 16)',
      code: edit('  罚款: 20000', '  罚款: 10000', edit(FINE, '处以罚款人民币一万元（投资额2%）')),
    },
  ],
  invalid: [
    {
      // Issue 16: the figure fix-all used to write, now a finding whose fix restores the figure.
      name: '柒亿零零玖元整: two 零 for one run, the digits agree — a certain fix',
      code: edit(
        '  罚款: 20000',
        '  罚款: 700000009',
        edit(FINE, '处以罚款人民币⟦柒亿零零玖元整⟧（¥700,000,009.00）'),
      ),
      messageId: 'malformed',
      messageIncludes: ['柒亿零零玖元整', '700,000,009.00', '柒亿零玖元整'],
      output: fined('柒亿零玖元整', '700,000,009.00', '700000009'),
    },
    {
      name: '壹仟零零伍元 without digits to confirm it: only a suggestion',
      code: edit('处以罚款人民币贰万元整（¥20,000.00）', '处以罚款人民币⟦壹仟零零伍元整⟧'),
      messageId: 'malformed',
      findings: [
        { suggestions: [edit('处以罚款人民币贰万元整（¥20,000.00）', '处以罚款人民币壹仟零伍元整')] },
      ],
    },
    {
      name: '贰万万元整 cannot be read: reported, no fix',
      code: edit(FINE, '处以罚款人民币⟦贰万万元整⟧（¥20,000.00）'),
      messageId: 'unreadable',
    },
  ],
});
