import rule from '../../../server/src/rules/evidence/fact-elements';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const ACT =
  '2025年3月10日，执法人员在当事人位于张家港市杨舍镇塘市工业园锦塘路9号的生产车间检查时发现，当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，经核对培训签到表及授课人员陈述，实际培训学时为八学时，档案记载与实际情况不符。';
const TAIL =
  '当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，实际培训学时为八学时，档案记载与实际情况不符。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base: background, act with time and place, admission', code: BASE },
    {
      name: 'a continuing act dated by month, at the party’s premises',
      code: edit(ACT, `2025年1月至3月，当事人在其生产车间内${TAIL}`),
    },
    {
      name: 'a place given as the party’s registered address',
      code: edit(ACT, `2025年3月10日，执法人员在张家港市杨舍镇塘市工业园锦塘路9号检查发现，${TAIL}`),
    },
    {
      name: 'a summing-up paragraph needs neither',
      code: edit(ACT, `${ACT}[证据1]\n\n综上，当事人未如实记录安全生产教育和培训情况。`),
    },
  ],
  invalid: [
    {
      name: 'a fact paragraph lacking the place',
      code: edit(`${ACT}[证据1][证据2]`, `⟦2025年3月10日，执法人员检查发现，${TAIL}⟧[证据1][证据2]`),
      messageId: 'missing',
      messageIncludes: '地点',
    },
    {
      name: 'a fact paragraph lacking the date',
      code: edit(
        `${ACT}[证据1][证据2]`,
        `⟦执法人员在当事人的生产车间检查时发现，实际培训学时为八学时，档案记载与实际情况不符。⟧[证据1][证据2]`,
      ),
      messageIncludes: '时间',
    },
    {
      name: 'a list item lacking both',
      code: edit(`${ACT}[证据1][证据2]`, `- ⟦当事人未如实记录新员工岗前安全培训学时。⟧[证据1][证据2]`),
      messageIncludes: '时间和地点',
    },
  ],
});
