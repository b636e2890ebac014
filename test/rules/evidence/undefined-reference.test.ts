import rule from '../../../server/src/rules/evidence/undefined-reference';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'every citation is in the table', code: BASE },
    { name: 'whitespace inside a citation', code: edit('[证据3]', '[ 证据3 ]') },
  ],
  invalid: [
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
