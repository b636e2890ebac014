import rule from '../../../server/src/rules/wording/vague-fact';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'hedges outside 违法事实 are not facts',
      code: edit('本机关于2025年3月11日立案调查。', '本机关于2025年3月11日立案调查，据说另有线索。'),
    },
    { name: '左右 as a direction', code: edit(FACT, `车间左右两侧均设有通道。${FACT}`) },
  ],
  invalid: [
    { name: '据说', code: edit(FACT, `⟦据说⟧${FACT}`), messageId: 'vague' },
    { name: '大约 before a figure', code: edit('实际培训学时为八学时', '实际培训学时⟦大约⟧为八学时') },
    { name: '左右 after a figure', code: edit('实际培训学时为八学时', '实际培训学时为八学时⟦左右⟧') },
    { name: 'two hedges', code: edit(FACT, `⟦可能⟧${FACT.replace('承认', '⟦好像⟧承认')}`) },
  ],
});
