import rule from '../../../server/src/rules/evidence/undefined-reference';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'every citation is in the table', code: BASE },
    { name: 'whitespace inside a citation', code: edit('[证据3]', '[ 证据3 ]') },
  ],
  invalid: [
    {
      name: 'a decision of 2019: the 2017 text’s Art. 39 (Art. 46 is new in 2021)',
      code: decidedOn(
        '2019-04-15',
        edit('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。[⟦证据7⟧]'),
      ),
      messageId: 'undefined',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
    },
    {
      name: 'a decision of 2022: the 2021 text',
      code: decidedOn(
        '2022-04-15',
        edit('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。[⟦证据7⟧]'),
      ),
      messageId: 'undefined',
      messageIncludes: '依据：《中华人民共和国行政处罚法》第四十六条、第五十九条第一款第二项',
    },
    {
      name: 'a citation of a missing row',
      code: edit('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。[⟦证据7⟧]'),
      messageId: 'undefined',
      messageIncludes: '证据7',
    },
    {
      name: 'one bad id inside a combined citation',
      messageId: 'undefined',
      code: edit('[证据1][证据2]', '[证据1、⟦证据9⟧]'),
    },
  ],
});
