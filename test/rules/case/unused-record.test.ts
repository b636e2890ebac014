import rule from '../../../server/src/rules/case/unused-record';
import { caseRuleTester, editFile, without } from '../../helpers/caseTester';
import { in2019, otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const Q = 'inquiry.case.md';
const I = 'inspection.case.md';
const ROW3 =
  '| 证据3 | 询问笔录 | 当事人的陈述 | 执法人员询问当事人法定代表人刘建国制作 | 2025-06-05 | 顾文杰、沈佳怡 | 当事人未如实记录培训情况的事实及原因 |\n';
const WITNESS = SAMPLE[Q]!.replace('询问时间：2025年6月5日', '询问时间：2025年6月6日').replace(
  '被询问人：刘建国，张家港市恒润五金制品有限公司法定代表人',
  '被询问人：张伟，张家港市恒润五金制品有限公司车间主任',
);
const marked = (text: string) => text.replace('# 询问笔录', '⟦# 询问笔录⟧');

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: both records are cited', folder: SAMPLE },
    { name: 'records before any notice or decision: nothing cites them yet', folder: without(SAMPLE, D, N) },
    {
      name: 'before the decision, the notice’s table cites them',
      folder: without(SAMPLE, D),
    },
    {
      name: 'the other party’s records are another case’s',
      folder: { ...SAMPLE, ...without(otherParty(SAMPLE), 'other-decision.case.md', 'other-notice.case.md') },
    },
  ],
  invalid: [
    {
      name: 'a case of 2019: the 2017 text’s Art. 39 (Art. 47 is new in 2021)',
      folder: in2019({ ...editFile(SAMPLE, D, ROW3, ''), [Q]: marked(SAMPLE[Q]!) }),
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
    },
    {
      name: 'the decision’s table does not list the inquiry record',
      folder: { ...editFile(SAMPLE, D, ROW3, ''), [Q]: marked(SAMPLE[Q]!) },
      messageIncludes: ['张应急罚决字〔2025〕37号', '2025-06-05'],
    },
    {
      name: 'the same without 案件编号',
      folder: { ...editFile(UNNUMBERED, D, ROW3, ''), [Q]: marked(UNNUMBERED[Q]!) },
    },
    {
      name: 'a second inquiry record (张伟, 2025-06-06) that no row lists',
      folder: { ...SAMPLE, 'inquiry-2.case.md': marked(WITNESS) },
    },
    {
      name: 'no decision yet and the notice lists neither record',
      folder: {
        ...without(editFile(SAMPLE, N, '| 证据1 | 现场检查笔录 |', '| 证据1 | 现场照片 |'), D),
        [I]: SAMPLE[I]!.replace('# 现场检查笔录', '⟦# 现场检查笔录⟧'),
      },
      messageIncludes: '张应急罚告字〔2025〕37号',
    },
  ],
});
