import rule from '../../../server/src/rules/evidence/collector-count';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'two collectors on every record', code: BASE },
    {
      name: 'a document the party handed over needs no second officer',
      code: edit('| 当事人提供 | 2025-03-12 | 顾文杰、沈佳怡 |', '| 当事人提供 | 2025-03-12 | 顾文杰 |'),
    },
  ],
  invalid: [
    {
      name: 'an on-site record by one officer',
      code: edit(
        '| 2025-03-10 | 顾文杰、沈佳怡 | 当事人生产经营',
        '| 2025-03-10 | ⟦顾文杰⟧ | 当事人生产经营',
      ),
      messageId: 'few',
    },
    {
      name: 'an inquiry record by one officer',
      messageId: 'few',
      code: edit('| 2025-03-12 | 顾文杰、沈佳怡 | 当事人未如实', '| 2025-03-12 | ⟦沈佳怡⟧ | 当事人未如实'),
    },
  ],
});
