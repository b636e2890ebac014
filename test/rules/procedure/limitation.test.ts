import rule from '../../../server/src/rules/procedure/limitation';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { setDates } from './_drafts';

ruleTester(rule, {
  valid: [
    { name: 'filed the next day', code: BASE },
    { name: 'filed on the last day of two years', code: setDates({ 违法行为发生: '2023-03-11' }) },
    {
      name: 'a continuing violation counts from its end',
      code: setDates({ 违法行为发生: '2022-01-01' }).replace(
        '  立案:',
        '  违法行为终了: 2024-01-01\n  立案:',
      ),
    },
    {
      name: 'a five-year field set by the agency',
      code: setDates({ 违法行为发生: '2021-06-01' }),
      config: { fiveYearLimitationFields: ['安全生产'] },
    },
  ],
  invalid: [
    {
      name: 'more than two years',
      code: setDates({ 违法行为发生: '2023-03-10', 立案: '⟦2025-03-11⟧' }),
      messageId: 'expired',
      messageIncludes: ['2025-03-10', '二年'],
    },
    {
      name: 'more than five years in a five-year field',
      messageId: 'expired',
      code: setDates({ 违法行为发生: '2020-03-01' }).replace('立案: 2025-03-11', '立案: ⟦2025-03-11⟧'),
      config: { fiveYearLimitationFields: ['安全生产'] },
      messageIncludes: '五年',
    },
  ],
});
