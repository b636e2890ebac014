import rule from '../../../server/src/rules/procedure/notice';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY, setDates } from './_drafts';

ruleTester(rule, {
  valid: [
    { name: 'notice before the decision', code: BASE },
    { name: 'a no-penalty decision needs no notice', code: NO_PENALTY },
  ],
  invalid: [
    {
      name: 'no notice date',
      code: edit('  告知: 2025-04-01\n', '').replace('\n程序:', '\n⟦程序⟧:'),
      messageId: 'missing',
    },
    {
      name: 'notice after the decision',
      code: setDates({ 告知: '⟦2025-04-16⟧' }),
      messageId: 'after',
      messageIncludes: '2025-04-15',
    },
  ],
});
