import rule from '../../../server/src/rules/procedure/legal-review';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { SIMPLE, setFact } from './_drafts';

const NO_REVIEW = edit('  法制审核: 2025-04-11\n', '').replace('\n程序:', '\n⟦程序⟧:');

ruleTester(rule, {
  valid: [
    { name: 'reviewed', code: BASE },
    {
      name: 'under the major-case threshold and no hearing: review not required by this rule',
      code: edit('  法制审核: 2025-04-11\n', ''),
    },
    { name: 'simple procedure', code: SIMPLE },
  ],
  invalid: [
    {
      name: 'a hearing was held but no legal review',
      code: NO_REVIEW.replace('  决定:', '  听证: 2025-04-08\n  决定:'),
      messageId: 'hearing',
      messageIncludes: '2025-04-08',
    },
    {
      name: 'a 200,000 fine (default 单位 threshold) without legal review',
      code: setFact('罚款', '200000', NO_REVIEW),
      messageId: 'major',
      messageIncludes: ['200,000', 'thresholds.majorCase'],
    },
    {
      name: 'a lower agency threshold',
      code: NO_REVIEW,
      config: { thresholds: { majorCase: { 单位: 10000 } } },
      messageId: 'major',
    },
  ],
});
