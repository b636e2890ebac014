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
    // Numbers of real published decisions (test/corpus/real/): the issuer's own sequence.
    {
      name: 'a sub-unit in the sequence (执法二中队-9)',
      code: edit(NO, '文号: （湘怀沅）应急罚〔2025〕执法二中队-9号'),
    },
    { name: 'a series in the sequence (17-07)', code: edit(NO, '文号: 昆生环不罚〔2025〕17-07号') },
    { name: 'a place in the sequence (无极-38)', code: edit(NO, '文号: 石环不罚决〔2025〕无极-38号') },
    {
      name: 'a category in brackets after the sequence (湘攸交处罚〔 2025〕092（非） 号)',
      code: edit(NO, '文号: 湘攸交处罚〔 2025〕092（非） 号'),
    },
    // Spaces a converted PDF left (GB/T 9704 7.2.4 says nothing of them): read without them.
    {
      name: 'spaces in a sound number (豫 0329 环罚决字〔2023〕2 号)',
      code: edit(NO, '文号: 豫 0329 环罚决字〔2023〕2 号'),
    },
    {
      name: 'spaces in a sound number in the body (环罚告字〔2022〕40 号)',
      code: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（环罚告字〔2022〕40 号）'),
    },
  ],
  invalid: [
    {
      name: 'square brackets around the year; the lettered sequence is kept (（津保）应急罚[2023]k-39号)',
      messageId: 'bad',
      code: edit(NO, '文号: ⟦（津保）应急罚[2023]k-39号⟧'),
      output: edit(NO, '文号: （津保）应急罚〔2023〕k-39号'),
    },
    {
      name: '第 before a lettered sequence, whose zeros are the issuer’s (〔2020〕第F-000069号)',
      messageId: 'bad',
      code: edit(NO, '文号: ⟦（湘常）文综罚字〔2020〕第F-000069号⟧'),
      output: edit(NO, '文号: （湘常）文综罚字〔2020〕F-000069号'),
    },
    {
      name: 'spaces in the number, the same with or without them (楚市 林草罚决〔2025〕033号)',
      code: edit(NO, '文号: ⟦楚市 林草罚决〔2025〕033号⟧'),
      messageId: 'bad',
      output: edit(NO, '文号: 楚市林草罚决〔2025〕33号'),
    },
    {
      name: 'zeros before a bare number (岳汨环罚决字〔2023〕020号)',
      messageId: 'bad',
      code: edit(NO, '文号: ⟦岳汨环罚决字〔2023〕020号⟧'),
      output: edit(NO, '文号: 岳汨环罚决字〔2023〕20号'),
    },
    {
      name: 'square brackets, 第, leading zeros (2024-fh-021)',
      code: edit(NO, '文号: ⟦张应急罚决字[2025]第008号⟧'),
      messageId: 'bad',
      output: BASE,
    },
    { name: '【】', messageId: 'bad', code: edit(NO, '文号: ⟦张应急罚决字【2025】8号⟧'), output: BASE },
    {
      name: 'half-width round brackets',
      messageId: 'bad',
      code: edit(NO, '文号: ⟦张应急罚决字(2025)8号⟧'),
      output: BASE,
    },
    {
      name: 'a two-digit year cannot be repaired',
      code: edit(NO, '文号: ⟦张应急罚决字〔25〕8号⟧'),
      messageId: 'unreadable',
    },
    { name: 'no year at all', code: edit(NO, '文号: ⟦张应急罚决8号⟧'), messageId: 'unreadable' },
    {
      name: 'a reference in the body',
      messageId: 'bad',
      code: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（⟦张应急罚告字【2025】06号⟧）'),
      output: edit('送达了《行政处罚告知书》', '送达了《行政处罚告知书》（张应急罚告字〔2025〕6号）'),
    },
  ],
});
