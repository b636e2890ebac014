import rule from '../../../server/src/rules/structure/section-order';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const PAY = BASE.slice(BASE.indexOf('## 履行方式和期限'), BASE.indexOf('## 救济途径'));
const REMEDY = BASE.slice(BASE.indexOf('## 救济途径'), BASE.indexOf('## 落款'));
const SWAPPED = BASE.replace(PAY + REMEDY, REMEDY.replace('## 救济途径', '## 救济途径') + PAY);

ruleTester(rule, {
  valid: [
    { name: 'the format’s order', code: BASE },
    { name: 'an optional section in between', code: BASE },
    { name: 'a missing section is not an order problem', code: edit(PAY, '') },
  ],
  invalid: [
    {
      name: 'payment after remedy',
      code: SWAPPED.replace('## 履行方式和期限', '⟦## 履行方式和期限⟧'),
      messageId: 'order',
      messageIncludes: '救济途径',
    },
  ],
});
