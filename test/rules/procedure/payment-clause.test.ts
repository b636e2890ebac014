import rule from '../../../server/src/rules/procedure/payment-clause';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY } from './_drafts';

const H = '## 履行方式和期限';
const mark = (text: string) => text.replace(H, `⟦${H}⟧`);

ruleTester(rule, {
  valid: [
    { name: 'fifteen days, 3 %, capped', code: BASE },
    { name: 'a no-penalty decision has no payment clause', code: NO_PENALTY },
  ],
  invalid: [
    {
      name: 'no fifteen days',
      code: mark(edit('自收到本决定书之日起十五日内', '自收到本决定书之日起三十日内')),
      messageId: 'noPeriod',
    },
    {
      name: 'no surcharge (2024-fh-021)',
      code: mark(
        edit(
          '逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。',
          '',
        ),
      ),
      messageId: 'noSurcharge',
    },
    {
      name: 'surcharge without the cap',
      code: mark(edit('，加处罚款的数额不得超出罚款的数额', '')),
      messageId: 'noCap',
    },
  ],
});
