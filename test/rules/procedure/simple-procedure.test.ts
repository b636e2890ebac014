import rule from '../../../server/src/rules/procedure/simple-procedure';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { SIMPLE, setFact } from './_drafts';

ruleTester(rule, {
  valid: [
    { name: 'ordinary procedure', code: BASE },
    { name: '3,000 yuan for an organisation', code: setFact('罚款', '3000', SIMPLE) },
    { name: '200 yuan for a person', code: setFact('类型', '个人', setFact('罚款', '200', SIMPLE)) },
  ],
  invalid: [
    {
      name: '3,001 yuan for an organisation',
      code: setFact('罚款', '⟦3001⟧', SIMPLE),
      messageId: 'over',
      messageIncludes: '三千',
    },
    {
      name: '500 yuan for a person',
      messageId: 'over',
      code: setFact('类型', '个人', setFact('罚款', '⟦500⟧', SIMPLE)),
      messageIncludes: '二百',
    },
  ],
});
