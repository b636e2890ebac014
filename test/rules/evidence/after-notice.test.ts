import rule from '../../../server/src/rules/evidence/after-notice';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'all evidence before the notice', code: BASE },
    {
      name: 'a notice itself is not told of later evidence',
      code: edit(
        '文书: 行政处罚决定书',
        '文书: 行政处罚告知书',
        edit(
          '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格',
          '| 2025-04-03 | 顾文杰、沈佳怡 | 当事人的主体资格',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'obtained after the notice',
      code: edit(
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格',
        '| ⟦2025-04-03⟧ | 顾文杰、沈佳怡 | 当事人的主体资格',
      ),
      messageId: 'after',
      messageIncludes: '2025-04-01',
    },
  ],
});
