import rule from '../../../server/src/rules/procedure/first-violation-hint';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setFact } from './_drafts';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。[证据3]';
const FIRST = `${FACT}\n\n当事人系初次违法，未造成危害后果，已于2025年3月12日整改完毕。[证据3]`;

ruleTester(rule, {
  valid: [
    { name: 'nothing suggests a first minor violation', code: BASE },
    { name: 'a first violation but not corrected', code: edit(FACT, `${FACT}\n\n当事人系初次违法。[证据3]`) },
    // 首违不罚 (Art. 33 para 1, second sentence) is new in the 2021 text.
    { name: '2019: no 首违不罚 in the 2017 text', code: setFact('决定', '2019-05-10', edit(FACT, FIRST)) },
  ],
  invalid: [
    {
      name: 'first, minor, corrected, yet fined',
      code: edit(FACT, FIRST).replace('## 违法事实', '⟦## 违法事实⟧'),
      messageId: 'consider',
    },
    {
      name: '2022: first, minor, corrected, yet fined',
      code: setFact('决定', '2022-05-10', edit(FACT, FIRST).replace('## 违法事实', '⟦## 违法事实⟧')),
      messageId: 'consider',
      messageIncludes: '依据：《中华人民共和国行政处罚法》第三十三条第一款',
    },
  ],
});
