import rule from '../../../server/src/rules/structure/placeholder';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    { name: 'a published decision', code: PUBLISHED },
    {
      name: 'brackets the templates do not hold: （以下简称……）, （复印件）',
      code: edit('当事人：', '当事人（以下简称该公司）：'),
    },
    {
      name: 'a fine of 0 where the template has none: 没收违法所得',
      code: edit('  罚款: 20000', '  罚款: 20000\n  没收违法所得: 0'),
    },
  ],
  invalid: [
    {
      // Issue 16 item 4: each blank an officer left is an error, where it stands.
      name: '（当事人全称） in the front matter and in the body',
      code: edit(
        '当事人：张家港市锦帆精密机械有限公司',
        '当事人：⟦（当事人全称）⟧',
        edit('  名称: 张家港市锦帆精密机械有限公司', '  名称: ⟦（当事人全称）⟧'),
      ),
      messageId: 'blank',
      messageIncludes: '（当事人全称）',
    },
    {
      name: '《（法律全称）》第（）条',
      code: edit(
        '违反了《中华人民共和国安全生产法》第二十八条第四款的规定',
        '违反了《⟦（法律全称）⟧》第⟦（）⟧条的规定',
      ),
      messageId: 'blank',
    },
    {
      name: 'the template’s 罚款: 0',
      code: edit('  罚款: 20000', '  罚款: ⟦0⟧'),
      messageId: 'zero',
      messageIncludes: '处罚.罚款',
    },
    {
      name: 'an officer’s （执法证号）',
      code: edit('证号: "32058225011"', '证号: "⟦（执法证号）⟧"'),
      messageId: 'blank',
    },
    {
      name: '2025年X月X日',
      code: edit('本机关于2025年4月1日向当事人送达', '本机关于⟦2025年X月X日⟧向当事人送达'),
      messageId: 'blank',
      messageIncludes: '2025年X月X日',
    },
    {
      name: 'X月X日 without a year',
      code: edit('本机关于2025年4月1日向当事人送达', '本机关于⟦X月X日⟧向当事人送达'),
      messageId: 'blank',
    },
  ],
});
