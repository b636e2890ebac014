import rule from '../../../server/src/rules/wording/party-name';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'a person',
      code: edit(
        '  类型: 单位\n  名称: 张家港市锦帆精密机械有限公司',
        '  类型: 个人\n  姓名: 张家港市锦帆精密机械有限公司',
      ),
    },
  ],
  invalid: [
    {
      name: 'the party line abbreviates',
      code: edit('当事人：张家港市锦帆精密机械有限公司', '当事人：⟦张家港市锦帆精密机械公司⟧'),
      messageId: 'differs',
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: 'a typo in the party line',
      messageId: 'differs',
      code: edit('当事人：张家港市锦帆精密机械有限公司', '当事人：⟦张家港市锦帆精蜜机械有限公司⟧'),
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: 'another legal form in the text',
      messageId: 'differs',
      code: edit('经查，当事人主要从事', '经查，⟦张家港市锦帆精密机械厂⟧主要从事'),
      findings: [
        { suggestions: [edit('经查，当事人主要从事', '经查，张家港市锦帆精密机械有限公司主要从事')] },
      ],
    },
  ],
});
