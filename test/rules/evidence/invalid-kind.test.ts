import rule from '../../../server/src/rules/evidence/invalid-kind';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'statutory kinds', code: BASE },
    {
      name: 'the eighth kind written as 勘验笔录',
      code: edit('| 现场检查笔录 | 现场笔录 |', '| 现场检查笔录 | 勘验笔录 |'),
    },
    {
      name: 'an empty kind is evidence/missing-field’s finding',
      code: edit('| 现场检查笔录 | 现场笔录 |', '| 现场检查笔录 |  |'),
    },
  ],
  invalid: [
    {
      name: 'a report is not a kind',
      code: edit('| 书证 | 当事人提供，加盖', '| ⟦检验报告⟧ | 当事人提供，加盖'),
      messageId: 'invalid',
      messageIncludes: '鉴定意见',
      findings: [{ suggestions: [edit('| 书证 | 当事人提供，加盖', '| 鉴定意见 | 当事人提供，加盖')] }],
    },
    {
      name: 'a near-statutory word',
      messageId: 'invalid',
      code: edit('| 当事人的陈述 |', '| ⟦当事人陈述⟧ |'),
      findings: [{ suggestions: [BASE] }],
    },
  ],
});
