import rule from '../../../server/src/rules/wording/date-format';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'evidence-table dates (YYYY-MM-DD) are data, not text',
      code: BASE.replace(
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |',
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |',
      ),
    },
    {
      name: 'a standards code is not a date',
      code: edit('本机关于2025年3月11日立案调查。', '本机关于2025年3月11日立案调查，依照GB 8978—1996。'),
    },
    // Real published decisions (test/corpus/real/ 03, 32): spaces a converted PDF left between the
    // digits and 年月日 are not the standard's matter.
    {
      name: 'spaces between digits and 年月日 (2023 年 6 月 30 日)',
      code: edit(
        '2025年3月10日，执法人员',
        '2023 年 6 月 30 日，醴陵市阳三石街道办事处综合行政执法大队安全生产工作人员',
      ),
    },
    {
      name: 'spaces on one side (于 2025年 11 月 24日立案调查)',
      code: edit('本机关于2025年3月11日立案调查', '本机关于 2025年 11 月 24日立案调查'),
    },
  ],
  invalid: [
    {
      name: 'spaces do not hide a leading zero (2020年 09 月 05日)',
      messageId: 'date',
      code: edit('本机关于2025年3月11日立案调查', '本机关于⟦2020年 09 月 05日⟧立案调查'),
      output: edit('本机关于2025年3月11日立案调查', '本机关于2020年9月5日立案调查'),
    },
    {
      name: 'ISO date',
      code: edit('2025年3月10日，执法人员', '⟦2025-03-10⟧，执法人员'),
      messageId: 'date',
      output: BASE,
    },
    {
      // GB/T 9704-2012 7.3.5.1: the year, month and day in Arabic digits.
      name: 'a date in Chinese numerals',
      messageId: 'date',
      code: edit('本机关于2025年3月11日立案调查', '本机关于⟦二〇二五年三月十一日⟧立案调查'),
      output: BASE,
    },
    {
      name: 'dotted date',
      messageId: 'date',
      code: edit('本机关于2025年3月11日立案调查', '本机关于⟦2025.3.11⟧立案调查'),
      output: BASE,
    },
    {
      name: 'slashed date',
      messageId: 'date',
      code: edit('本机关于2025年3月11日立案调查', '本机关于⟦2025/3/11⟧立案调查'),
      output: BASE,
    },
    {
      name: 'leading zeros',
      messageId: 'date',
      code: edit('本机关于2025年4月1日向当事人', '本机关于⟦2025年04月01日⟧向当事人'),
      output: BASE,
    },
    {
      name: 'a month with a leading zero',
      code: edit('当事人2025年2月组织', '当事人⟦2025年02月⟧组织'),
      messageId: 'month',
      output: BASE,
    },
    {
      name: 'the signing date',
      messageId: 'date',
      code: edit('\n2025年4月15日\n', '\n⟦2025-4-15⟧\n'),
      output: BASE,
    },
  ],
});
