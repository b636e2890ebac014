import rule from '../../../server/src/rules/case/record-mismatch';
import { caseRuleTester, editFile } from '../../helpers/caseTester';
import { in2019, otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const Q = 'inquiry.case.md';
const ROW3 =
  '| 证据3 | 询问笔录 | 当事人的陈述 | 执法人员询问当事人法定代表人刘建国制作 | 2025-06-05 | 顾文杰、沈佳怡 |';
const ROW1 =
  '| 证据1 | 现场检查笔录 | 现场笔录 | 执法人员现场制作，当事人签字确认 | 2025-06-03 | 顾文杰、沈佳怡 |';

/** A second inquiry record: the workshop manager 张伟, questioned on 2025-06-06. */
const WITNESS = SAMPLE[Q]!.replace('询问时间：2025年6月5日', '询问时间：2025年6月6日').replace(
  '被询问人：刘建国，张家港市恒润五金制品有限公司法定代表人',
  '被询问人：张伟，张家港市恒润五金制品有限公司车间主任',
);
const withWitness = (row: string) => ({
  ...editFile(
    SAMPLE,
    D,
    `${ROW3} 当事人未如实记录培训情况的事实及原因 |`,
    `${ROW3} 当事人未如实记录培训情况的事实及原因 |\n${row}`,
  ),
  'inquiry-2.case.md': WITNESS,
});

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: every cited record agrees with its row', folder: SAMPLE },
    { name: 'the same without 案件编号', folder: UNNUMBERED },
    {
      name: 'collectors in another order',
      folder: editFile(SAMPLE, D, ROW1, ROW1.replace('顾文杰、沈佳怡 |', '沈佳怡、顾文杰 |')),
    },
    {
      name: 'two inquiry records, each row found by its date',
      folder: withWitness(
        '| 证据5 | 询问笔录 | 证人证言 | 执法人员询问车间主任张伟制作 | 2025-06-06 | 顾文杰、沈佳怡 | 实际培训学时 |',
      ),
    },
    {
      name: 'the other party’s inquiry record (other officers, another day) is not this case’s',
      folder: {
        ...SAMPLE,
        ...otherParty({
          [Q]: SAMPLE[Q]!.replace('询问时间：2025年6月5日', '询问时间：2025年6月9日').replace(
            '姓名: 沈佳怡',
            '姓名: 王磊',
          ),
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a case of 2019: the 2017 text’s Art. 39 (Art. 46 is new in 2021)',
      folder: in2019(editFile(SAMPLE, D, ROW3, ROW3.replace('2025-06-05', '⟦2025-06-06⟧'))),
      messageId: 'date',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
      output: { [D]: in2019(SAMPLE)[D]! },
    },
    {
      name: 'the decision’s row gives another date than the inquiry record',
      folder: editFile(SAMPLE, D, ROW3, ROW3.replace('2025-06-05', '⟦2025-06-06⟧')),
      messageId: 'date',
      messageIncludes: ['2025-06-06', '2025-06-05', 'inquiry.case.md'],
      output: { [D]: SAMPLE[D]! },
    },
    {
      name: 'the notice’s row names another collector than the inspection record',
      folder: editFile(SAMPLE, N, ROW1, ROW1.replace('顾文杰、沈佳怡 |', '⟦顾文杰、王磊⟧ |')),
      messageId: 'collectors',
      output: { [N]: SAMPLE[N]! },
    },
    {
      name: 'two inquiry records: the row naming 张伟 is his record’s, and its date is wrong',
      folder: withWitness(
        '| 证据5 | 询问笔录 | 证人证言 | 执法人员询问车间主任张伟制作 | ⟦2025-06-07⟧ | 顾文杰、沈佳怡 | 实际培训学时 |',
      ),
      messageIncludes: 'inquiry-2.case.md',
    },
  ],
});
