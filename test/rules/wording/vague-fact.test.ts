import rule from '../../../server/src/rules/wording/vague-fact';
import { BASE, decidedOn, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

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
    {
      name: '疑似 telling how the inspection began, verified later in the paragraph (a real decision)',
      code: edit(
        '岳阳市生态环境局汨罗分局于2021年4月28日现场检查，发现你公司在未重新报批环评文件的情况下，擅自改变原材料和生产工艺。',
        '2020年9月5日，执法人员在巡查中发现编号为074号电脑终端的上网消费者疑似为未成年人，遂要求其出示有效身份证件。经查，该网吧电脑收费系统显示：074号终端上网消费者为谢某，男，现年17周岁。',
        PUBLISHED,
      ),
    },
  ],
  invalid: [
    {
      name: 'a decision of 2019: the 2017 text’s Art. 30 (Art. 46 is new in 2021)',
      code: decidedOn('2019-04-15', edit(FACT, `⟦据说⟧${FACT}`)),
      messageId: 'vague',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十条',
      findings: [{ suggestions: [decidedOn('2019-04-15')] }],
    },
    {
      name: 'a hedge in the act of a published decision, nothing after it verifying it',
      messageId: 'vague',
      code: edit('擅自改变原材料', '⟦疑似⟧擅自改变原材料', PUBLISHED),
      findings: [{ suggestions: [PUBLISHED] }],
    },
    {
      name: '据说',
      code: edit(FACT, `⟦据说⟧${FACT}`),
      messageId: 'vague',
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: '大约 before a figure',
      messageId: 'vague',
      code: edit('实际培训学时为八学时', '实际培训学时⟦大约⟧为八学时'),
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: '左右 after a figure',
      messageId: 'vague',
      code: edit('实际培训学时为八学时', '实际培训学时为八学时⟦左右⟧'),
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: 'two hedges',
      messageId: 'vague',
      code: edit(FACT, `⟦可能⟧${FACT.replace('承认', '⟦好像⟧承认')}`),
      // Each suggestion removes its own hedge and leaves the other.
      findings: [
        { suggestions: [edit(FACT, FACT.replace('承认', '好像承认'))] },
        { suggestions: [edit(FACT, `可能${FACT}`)] },
      ],
    },
  ],
});
