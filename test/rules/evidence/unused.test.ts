import rule from '../../../server/src/rules/evidence/unused';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'every row cited', code: BASE },
    {
      name: 'cited from another section counts',
      code: edit('[证据1][证据4]', '[证据1]').replace(
        '住所：张家港市杨舍镇塘市工业园锦塘路9号\n',
        '住所：张家港市杨舍镇塘市工业园锦塘路9号[证据4]\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a row no fact cites',
      code: edit('[证据1][证据4]', '[证据1]').replace('| 证据4 |', '| ⟦证据4⟧ |'),
      messageId: 'unused',
    },
  ],
});
