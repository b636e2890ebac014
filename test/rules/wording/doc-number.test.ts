import rule from '../../../server/src/rules/wording/doc-number';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const NO = '文号: 张应急罚决字〔2025〕8号';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: 'a quoted value', code: edit(NO, '文号: "张应急罚决字〔2025〕8号"') },
    {
      name: 'a correct reference in the body',
      code: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（张应急罚告字〔2025〕6号）'),
    },
  ],
  invalid: [
    {
      name: 'square brackets, 第, leading zeros (2024-fh-021)',
      code: edit(NO, '文号: ⟦张应急罚决字[2025]第008号⟧'),
      messageId: 'bad',
      output: BASE,
    },
    { name: '【】', code: edit(NO, '文号: ⟦张应急罚决字【2025】8号⟧'), output: BASE },
    { name: 'half-width round brackets', code: edit(NO, '文号: ⟦张应急罚决字(2025)8号⟧'), output: BASE },
    {
      name: 'a two-digit year cannot be repaired',
      code: edit(NO, '文号: ⟦张应急罚决字〔25〕8号⟧'),
      messageId: 'unreadable',
    },
    { name: 'no year at all', code: edit(NO, '文号: ⟦张应急罚决8号⟧'), messageId: 'unreadable' },
    {
      name: 'a reference in the body',
      code: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（⟦张应急罚告字【2025】06号⟧）'),
      output: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（张应急罚告字〔2025〕6号）'),
    },
  ],
});
