import rule from '../../../server/src/rules/evidence/fact-elements';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const ACT =
  '2025年3月10日，执法人员在当事人位于张家港市杨舍镇塘市工业园锦塘路9号的生产车间检查时发现，当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，经核对培训签到表及授课人员陈述，实际培训学时为八学时，档案记载与实际情况不符。';
/** The published fixture as an excerpt (节选) whose text stops with `last` where `at` began. */
const cutAt = (at: string, last: string) => {
  const text = edit('导入自:', '节选: 是\n导入自:', PUBLISHED);
  return `${text.slice(0, text.indexOf(at))}${last}\n`;
};

// Sentences of real published decisions (test/corpus/real/).
const REAL_ACT =
  '岳阳市生态环境局汨罗分局于2021年4月28日现场检查，发现你公司在未重新报批环评文件的情况下，擅自改变原材料和生产工艺。';
const TAIL =
  '当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，实际培训学时为八学时，档案记载与实际情况不符。';

ruleTester(rule, {
  valid: [
    { name: 'the clean base: background, act with time and place, admission', code: BASE },
    // Issue 16: the template's blank for the act is structure/placeholder's finding, reported once.
    {
      name: 'the template’s blank for the act states nothing',
      code: edit(`${ACT}[证据1][证据2]`, '一、（时间、地点、违法行为的事实）'),
    },
    {
      name: 'nor the template’s 经查，（……）。[证据1]',
      code: edit(`${ACT}[证据1][证据2]`, '经查，（时间、地点、违法行为的事实）。[证据1]'),
    },
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
    { name: 'a published decision (the act, evidence in prose, characterisation)', code: PUBLISHED },
    {
      name: 'the date in the lead-in, the premises in the act after its colon',
      code: edit(
        REAL_ACT,
        '2021年9月25日，我局执法人员对你公司进行检查，发现你公司实施了以下环境违法行为：未重新报批建设项目环境影响评价文件，擅自在B料车间扩建2套反应釜、2台研磨机、2台分散机。',
        PUBLISHED,
      ),
    },
    {
      name: 'time in one paragraph of the act, place in the next: the act is read as a whole',
      code: edit(
        REAL_ACT,
        '2023年4月26日，执法人员检查发现你公司新建1座焙烧炉、1座电除尘器，未取得环评审批手续。\n\n上述设施位于你公司硫酸生产厂区。',
        PUBLISHED,
      ),
    },
    {
      name: 'the party’s premises named by its name (到……有限公司进行执法检查)',
      code: edit(
        REAL_ACT,
        '2023年7月27日，我局执法人员到汨罗市恒锋新材料有限公司进行执法检查时发现，该公司生产安全事故应急预案未按照规定进行修订。',
        PUBLISHED,
      ),
    },
    {
      name: 'the inspection of the unit is at its premises (对你（单位）进行了调查: the national template)',
      code: edit(
        REAL_ACT,
        '我局于2021年4月20日对你（单位）进行了调查，发现你（单位）实施了以下环境违法行为：盘山县保冠水泥制品厂两条空心砖生产线及配套设备建设项目的环境影响评价文件未依法经审批部门审查擅自投入建设。',
        PUBLISHED,
      ),
    },
    {
      name: 'an address by its divisions (占用石马镇青松村三组集体土地)',
      code: edit(
        REAL_ACT,
        '经查，你单位在未取得用地审批手续的情况下，自2018年12月以来占用石马镇青松村三组（原松桠村一组）集体土地建搅拌站。',
        PUBLISHED,
      ),
    },
    {
      name: 'a place the published copy masked is a place (在XX非法占用)',
      code: edit(
        REAL_ACT,
        '经查，你公司于2015年5月至2023年8月期间，未经有权机关依法批准，在XX非法占用5957.31平方米土地建设XX。',
        PUBLISHED,
      ),
    },
    {
      name: 'an excerpt cut inside its act: the rest of it may say where (a real copy stops at 到牟)',
      code: cutAt(REAL_ACT, '经查证，当事人于2022年12月12日到牟'),
    },
    {
      name: 'the characterisation and the evidence need neither time nor place',
      code: edit('你公司上述行为违反了', '2021年你公司上述行为违反了', PUBLISHED),
    },
  ],
  invalid: [
    {
      name: 'a blank in one sentence leaves the next sentence to be read',
      code: edit(
        `${ACT}[证据1][证据2]`,
        '（时间、地点、违法行为的事实）。⟦当事人未如实记录安全生产教育和培训情况。⟧[证据1][证据2]',
      ),
      messageId: 'missing',
    },
    {
      name: 'the same sentence in a whole document has no place',
      code: cutAt(REAL_ACT, '⟦经查证，当事人于2022年12月12日到牟⟧').replace('节选: 是\n', ''),
      messageId: 'missing',
      // The example is of what is missing only: a place, not a date the sentence already has.
      messageIncludes: '请补上地点（如「在当事人位于……的生产车间」）',
    },
    {
      name: '位于 inside 你单位于 is no place; a standard number is no date',
      messageId: 'missing',
      code: edit(
        REAL_ACT,
        '⟦你单位于检查时未能提供GB 18918-2002规定的监测记录，擅自改变原材料和生产工艺。⟧',
        PUBLISHED,
      ),
      messageIncludes: '时间和地点',
    },
    {
      name: 'a document number (〔2018〕2号) is neither a date nor an address',
      messageId: 'missing',
      code: edit(
        REAL_ACT,
        '⟦你公司未按照岳环评〔2018〕2号批复的要求建设配套设施，擅自改变原材料和生产工艺。⟧',
        PUBLISHED,
      ),
      messageIncludes: '时间和地点',
    },
    {
      name: 'a paragraph that does not point back states a new act, which needs its own time and place',
      messageId: 'missing',
      code: edit(REAL_ACT, `${REAL_ACT}\n\n⟦据说当事人的污水处理设施已停运多日。⟧`, PUBLISHED),
      messageIncludes: '时间和地点',
    },
    {
      name: 'the filing date is not the time of the act',
      messageId: 'missing',
      code: edit(
        REAL_ACT,
        '本机关于2025年11月30日对你单位擅自开工建设的行为予以立案调查。⟦现已查明，你单位污泥发电项目污泥预处理车间正处于建设阶段，环境影响评价文件未依法经审批部门审核批准，擅自开工建设。⟧',
        PUBLISHED,
      ),
      messageIncludes: '时间',
    },
    {
      name: 'a fact paragraph lacking the place',
      code: edit(`${ACT}[证据1][证据2]`, `⟦2025年3月10日，执法人员检查发现，${TAIL}⟧[证据1][证据2]`),
      messageId: 'missing',
      messageIncludes: '地点',
    },
    {
      name: 'a fact paragraph lacking the date',
      messageId: 'missing',
      code: edit(
        `${ACT}[证据1][证据2]`,
        `⟦执法人员在当事人的生产车间检查时发现，实际培训学时为八学时，档案记载与实际情况不符。⟧[证据1][证据2]`,
      ),
      messageIncludes: '时间',
    },
    {
      name: 'a list item lacking both',
      messageId: 'missing',
      code: edit(`${ACT}[证据1][证据2]`, `- ⟦当事人未如实记录新员工岗前安全培训学时。⟧[证据1][证据2]`),
      messageIncludes: '时间和地点',
    },
  ],
});
