import rule from '../../../server/src/rules/procedure/first-violation-hint';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。[证据3]';
const FIRST = `${FACT}\n\n当事人系初次违法，未造成危害后果，已于2025年3月12日整改完毕。[证据3]`;

ruleTester(rule, {
  valid: [
    { name: 'nothing suggests a first minor violation', code: BASE },
    { name: 'a first violation but not corrected', code: edit(FACT, `${FACT}\n\n当事人系初次违法。[证据3]`) },
  ],
  invalid: [
    {
      name: 'first, minor, corrected, yet fined',
      code: edit(FACT, FIRST).replace('## 违法事实', '⟦## 违法事实⟧'),
      messageId: 'consider',
    },
  ],
});
