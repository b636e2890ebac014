import rule from '../../../server/src/rules/procedure/payment-clause';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY, setFact } from './_drafts';

const H = '## 履行方式和期限';
const mark = (text: string) => text.replace(H, `⟦${H}⟧`);
const NO_CAP = edit('，加处罚款的数额不得超出罚款的数额', '');
const SURCHARGE =
  '逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。';
const decided = (date: string, text: string) => setFact('决定', date, text);

ruleTester(rule, {
  valid: [
    { name: 'fifteen days, 3 %, capped', code: BASE },
    { name: 'a no-penalty decision has no payment clause', code: NO_PENALTY },
    // The cap is the 2021 text's (Art. 72 para 1 (一)); the 2017 Art. 51 (一) set none.
    { name: '2019: surcharge without the cap, as the 2017 text had it', code: decided('2019-05-10', NO_CAP) },
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
      code: mark(NO_CAP),
      messageId: 'noCap',
    },
    {
      name: '2022: surcharge without the cap',
      code: decided('2022-05-10', mark(NO_CAP)),
      messageId: 'noCap',
      messageIncludes: '第七十二条第一款第一项',
    },
    {
      name: '2019: no surcharge, the 2017 wording is asked for',
      code: decided('2019-05-10', mark(edit(SURCHARGE, ''))),
      messageId: 'noSurcharge2017',
      messageIncludes: [
        '2017年修正的《行政处罚法》第五十一条第（一）项',
        '（2017年修正文本）第四十六条、第五十一条',
      ],
    },
  ],
});
