import rule from '../../../server/src/rules/evidence/date-order';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'all evidence between violation and decision', code: BASE },
    {
      name: 'evidence obtained on the decision day',
      code: edit(
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格',
        '| 2025-04-15 | 顾文杰、沈佳怡 | 当事人的主体资格',
      ),
    },
  ],
  invalid: [
    {
      name: 'obtained after the decision',
      code: edit(
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格',
        '| ⟦2025-04-20⟧ | 顾文杰、沈佳怡 | 当事人的主体资格',
      ),
      messageId: 'afterDecision',
      messageIncludes: '2025-04-15',
    },
    {
      name: 'obtained before the violation',
      code: edit(
        '| 2025-03-10 | 顾文杰、沈佳怡 | 当事人生产经营',
        '| ⟦2025-03-01⟧ | 顾文杰、沈佳怡 | 当事人生产经营',
      ),
      messageId: 'beforeViolation',
    },
    {
      name: 'a date that cannot be read',
      code: edit(
        '| 2025-03-10 | 顾文杰、沈佳怡 | 当事人生产经营',
        '| ⟦2025.3.10⟧ | 顾文杰、沈佳怡 | 当事人生产经营',
      ),
      messageId: 'unreadable',
    },
  ],
});
