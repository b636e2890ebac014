import rule from '../../../server/src/rules/evidence/uncited-fact';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';
// Sentences of real published decisions (test/corpus/real/).
const ACT =
  '岳阳市生态环境局汨罗分局于2021年4月28日现场检查，发现你公司在未重新报批环评文件的情况下，擅自改变原材料和生产工艺。';
const PROOF =
  '以上事实，有《现场监察记录》、《调查询问笔录》、《现场勘查笔录》、营业执照复印件、现场照片等证据为凭。';
const CHARACTERISATION = '你公司上述行为违反了《中华人民共和国环境影响评价法》第二十四条第一款的规定。';
const LATE_ACT = '2019年3月6日，你公司在收到《责令改正违法行为决定书》后，仍未停止砂石筛分项目的建设。';

ruleTester(rule, {
  valid: [
    { name: 'every fact paragraph cites evidence', code: BASE },
    { name: 'a combined citation [证据1、证据3]', code: edit(`${FACT}[证据3]`, `${FACT}[证据1、证据3]`) },
    { name: 'a list item that cites evidence', code: edit(`${FACT}[证据3]`, `- ${FACT}[证据3]`) },
    {
      name: 'paragraphs outside 违法事实 need no citation',
      code: edit('本机关于2025年3月11日立案调查。', '本机关于2025年3月11日立案调查。另查明无其他情况。'),
    },
    { name: 'a published decision: the act, then 以上事实，有……等证据为凭', code: PUBLISHED },
    {
      name: 'the legal characterisation needs no evidence of its own (上述行为违反了……的规定)',
      code: edit(`${PROOF}${CHARACTERISATION}`, `${PROOF}\n\n${CHARACTERISATION}`, PUBLISHED),
    },
    {
      name: 'a lead-in and the act in one sentence, the evidence after them',
      code: edit(
        ACT,
        '2021年9月25日，我局执法人员对你公司进行现场检查，发现你公司实施了以下环境违法行为：未重新报批建设项目环境影响评价文件，擅自在B料车间扩建2套反应釜、2台研磨机、2台分散机。',
        PUBLISHED,
      ),
    },
    {
      name: 'the case’s procedure stated among the facts needs no evidence (下达《行政处罚告知书》)',
      code: edit(
        CHARACTERISATION,
        `${CHARACTERISATION}\n\n2023年8月4日，我局对你单位下达《行政处罚告知书》，告知你单位享有陈述、申辩的权利。你单位逾期未提交陈述、申辩申请材料。`,
        PUBLISHED,
      ),
    },
    {
      name: 'evidence as a numbered list (主要证据有：证据1：……；证据2：……)',
      code: edit(
        PROOF,
        '主要证据有：证据1：现场检查记录1份；证据2：现场检查照片3张；证据3：调查询问笔录1份。',
        PUBLISHED,
      ),
    },
    {
      name: 'the act, its characterisation and its evidence in one paragraph (有关事实有……等证据证明)',
      code: edit(
        `${ACT}\n\n${PROOF}${CHARACTERISATION}`,
        `${ACT}${CHARACTERISATION}有关事实有现场检查笔录、调查询问笔录、影像资料等证据证明。`,
        PUBLISHED,
      ),
    },
    {
      name: 'evidence named for the facts where the legal basis opens (上述行为及事实有……等证据为证)',
      code: edit(PROOF, '', PUBLISHED).replace(
        '根据《中华人民共和国环境影响评价法》第三十一条第一款的规定，',
        '上述行为及事实有当事人陈述及证人证言、现场勘验、现场照片等证据为证。根据《中华人民共和国环境影响评价法》第三十一条第一款的规定，',
      ),
    },
    {
      name: 'a list of evidence one item a paragraph, after 以上事实，有以下主要证据证明：',
      code: edit(
        PROOF,
        '以上事实，有以下主要证据证明：\n\n铁岭市生态环境局现场检查（勘察）笔录、现场照片等为证。\n\n《调查询问笔录》共2份，证明了该公司正在生产的事实。',
        PUBLISHED,
      ),
    },
    {
      name: 'a notice need not set out its evidence (Art. 44: facts, reasons, basis)',
      code: edit(PROOF, '', PUBLISHED).replace('文书: 行政处罚决定书', '文书: 行政处罚告知书'),
    },
  ],
  invalid: [
    { name: 'a paragraph without citation', code: edit(`${FACT}[证据3]`, `⟦${FACT}⟧`), messageId: 'uncited' },
    {
      name: 'a list item without citation',
      messageId: 'uncited',
      code: edit(`${FACT}[证据3]`, `- ⟦${FACT}⟧\n- 另一项事实。[证据3]`),
    },
    {
      name: 'a citation with the wrong brackets does not count',
      messageId: 'uncited',
      code: edit(`${FACT}[证据3]`, `⟦${FACT}（证据3）⟧`),
    },
    {
      name: 'an act stated after the last 以上事实，有……为凭 is not covered by it',
      code: edit(CHARACTERISATION, `${CHARACTERISATION}\n\n⟦${LATE_ACT}⟧`, PUBLISHED),
      messageId: 'uncovered',
    },
    {
      name: 'a decision whose facts name no evidence at all',
      code: edit(ACT, `⟦${ACT}⟧`, edit(PROOF, '', PUBLISHED)),
      messageId: 'none',
    },
  ],
});
