import rule from '../../../server/src/rules/procedure/date-order';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { setDates } from './_drafts';

ruleTester(rule, {
  valid: [
    { name: 'dates in order', code: BASE },
    { name: 'notice delivered the same day as the decision', code: setDates({ 告知送达: '2025-04-15' }) },
  ],
  invalid: [
    {
      name: '立案 before the violation',
      code: setDates({ 立案: '⟦2025-03-09⟧' }),
      messageId: 'before',
      messageIncludes: ['立案', '2025-03-10'],
    },
    {
      name: 'delivery before the decision',
      messageId: 'before',
      code: setDates({ 送达: '⟦2025-04-14⟧' }),
      messageIncludes: '2025-04-15',
    },
    {
      name: 'notice delivered before the notice',
      messageId: 'before',
      code: setDates({ 告知送达: '⟦2025-03-31⟧' }),
    },
  ],
});
