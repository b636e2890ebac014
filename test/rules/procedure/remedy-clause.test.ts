import rule from '../../../server/src/rules/procedure/remedy-clause';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const H = '## 救济途径';

ruleTester(rule, {
  valid: [
    { name: '六十日 and 六个月', code: BASE },
    { name: 'Arabic figures', code: edit('六十日内', '60日内') },
  ],
  invalid: [
    {
      name: 'the old 三个月 for litigation',
      findings: [{ messageId: 'noSixMonths' }, { messageId: 'wrong' }],
      code: edit('六个月内', '⟦三个月⟧内').replace(H, `⟦${H}⟧`),
    },
    {
      name: '15日 for reconsideration',
      findings: [{ messageId: 'noSixty' }, { messageId: 'wrong' }],
      code: edit('六十日内', '⟦15日⟧内').replace(H, `⟦${H}⟧`),
    },
    {
      name: 'litigation missing',
      code: edit('，也可以自收到本决定书之日起六个月内向张家港市人民法院提起行政诉讼', '').replace(
        H,
        `⟦${H}⟧`,
      ),
      messageId: 'noSixMonths',
    },
  ],
});
