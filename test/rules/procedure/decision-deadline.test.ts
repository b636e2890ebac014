import rule from '../../../server/src/rules/procedure/decision-deadline';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { SIMPLE, setDates } from './_drafts';

// Ninety calendar days from 立案 2025-03-11 end on 2025-06-09 (Art. 85 makes only 2, 3, 5, 7 days working days).
const late = (decision: string) => setDates({ 决定: decision, 送达: decision.replace(/[⟦⟧]/g, '') });

ruleTester(rule, {
  valid: [
    { name: 'decided within 90 days', code: BASE },
    {
      name: 'decided on day 90 (calendar days, a holiday inside does not extend it)',
      code: late('2025-06-09'),
    },
    {
      name: 'an approved extension',
      code: late('2025-07-01').replace('  决定:', '  延期批准: 2025-06-01\n  决定:'),
    },
    { name: 'simple procedure has no 90-day limit', code: setDates({ 决定: '2025-08-01' }, SIMPLE) },
  ],
  invalid: [
    { name: 'day 91', code: late('⟦2025-06-10⟧'), messageId: 'late', messageIncludes: ['2025-06-09', '1'] },
    { name: 'long overdue', messageId: 'late', code: late('⟦2025-09-01⟧'), messageIncludes: '84' },
  ],
});
