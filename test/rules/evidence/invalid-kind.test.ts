import rule from '../../../server/src/rules/evidence/invalid-kind';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';

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
      name: 'a decision of 2019: the kinds of the 行政诉讼法 (the 2017 行政处罚法 lists none)',
      code: decidedOn('2019-04-15', edit('| 当事人的陈述 |', '| ⟦当事人陈述⟧ |')),
      messageId: 'invalid',
      findings: [{ suggestions: [decidedOn('2019-04-15')] }],
      messageIncludes: '依据：《中华人民共和国行政诉讼法》（2017年修正文本）第三十三条',
    },
    {
      name: 'a decision of 2022: the 行政处罚法’s own Art. 46',
      code: decidedOn('2022-04-15', edit('| 当事人的陈述 |', '| ⟦当事人陈述⟧ |')),
      messageId: 'invalid',
      findings: [{ suggestions: [decidedOn('2022-04-15')] }],
      messageIncludes: '依据：《中华人民共和国行政处罚法》第四十六条第一款',
    },
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
