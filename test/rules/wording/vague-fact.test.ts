import rule from '../../../server/src/rules/wording/vague-fact';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'hedges outside 违法事实 are not facts',
      code: edit('本机关于2025年3月11日立案调查。', '本机关于2025年3月11日立案调查，据说另有线索。'),
    },
    { name: '左右 as a direction', code: edit(FACT, `车间左右两侧均设有通道。${FACT}`) },
    { name: 'a published decision', code: PUBLISHED },
    {
      name: 'a hedge inside a quotation is the quoted text’s word, not a finding',
      code: edit(
        '擅自改变原材料和生产工艺。',
        '擅自改变原材料和生产工艺，而其环评批复载明“原材料变更可能导致污染物排放增加的，应当重新报批”。',
        PUBLISHED,
      ),
    },
    {
      name: 'a hedge in the legal characterisation names no finding',
      code: edit(
        '第二十四条第一款的规定。',
        '第二十四条第一款的规定，该变动可能造成重大环境影响。',
        PUBLISHED,
      ),
    },
    {
      name: 'a hedge in the name of a document (《关于疑似违法线索的移送函》)',
      code: edit('营业执照复印件', '《关于疑似违法线索的移送函》', PUBLISHED),
    },
  ],
  invalid: [
    {
      name: 'a hedge in the act of a published decision',
      code: edit('擅自改变原材料', '⟦疑似⟧擅自改变原材料', PUBLISHED),
    },
    { name: '据说', code: edit(FACT, `⟦据说⟧${FACT}`), messageId: 'vague' },
    { name: '大约 before a figure', code: edit('实际培训学时为八学时', '实际培训学时⟦大约⟧为八学时') },
    { name: '左右 after a figure', code: edit('实际培训学时为八学时', '实际培训学时为八学时⟦左右⟧') },
    { name: 'two hedges', code: edit(FACT, `⟦可能⟧${FACT.replace('承认', '⟦好像⟧承认')}`) },
  ],
});
