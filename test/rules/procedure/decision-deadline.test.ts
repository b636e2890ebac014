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
    // Art. 60 is new in the 2021 text: the 2017 text set no time limit for the decision.
    {
      name: '2019: 174 days after 立案, no limit of the 2017 text',
      code: setDates({ 立案: '2019-03-11', 决定: '2019-09-01' }),
    },
  ],
  invalid: [
    { name: 'day 91', code: late('⟦2025-06-10⟧'), messageId: 'late', messageIncludes: ['2025-06-09', '1'] },
    { name: 'long overdue', messageId: 'late', code: late('⟦2025-09-01⟧'), messageIncludes: '84' },
    {
      name: '2022: 174 days after 立案',
      messageId: 'late',
      code: setDates({ 立案: '2022-03-11', 决定: '⟦2022-09-01⟧', 送达: '2022-09-01' }),
      messageIncludes: ['2022-06-09', '依据：《中华人民共和国行政处罚法》第六十条'],
    },
  ],
});
