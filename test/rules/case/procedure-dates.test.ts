import rule from '../../../server/src/rules/case/procedure-dates';
import { caseRuleTester, editFile, without } from '../../helpers/caseTester';
import { in2019, otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const I = 'inspection.case.md';
const Q = 'inquiry.case.md';

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: one date for each step', folder: SAMPLE },
    { name: 'the same case without 案件编号', folder: UNNUMBERED },
    {
      name: 'a notice whose front matter omits 告知: its signing date (2025-06-17) agrees',
      folder: editFile(SAMPLE, N, '  告知: 2025-06-17\n', ''),
    },
    {
      name: 'a step only the decision gives (法制审核) has nothing to disagree with',
      folder: editFile(SAMPLE, N, '  告知送达: 2025-06-17\n', ''),
    },
    {
      name: 'the other case of the folder has its own dates',
      folder: {
        ...SAMPLE,
        ...otherParty(
          editFile(
            editFile(SAMPLE, N, '  告知: 2025-06-17', '  告知: 2025-06-18'),
            D,
            '  告知: 2025-06-17',
            '  告知: 2025-06-18',
          ),
        ),
      },
    },
    {
      name: 'a statement on the day of delivery, a hearing asked for and held after it',
      folder: editFile(
        SAMPLE,
        D,
        '  陈述申辩: 未提出\n  听证告知: 是\n  听证申请: 未申请',
        '  陈述申辩: 2025-06-17\n  听证告知: 是\n  听证申请: 2025-06-19\n  听证: 2025-06-24',
      ),
    },
    {
      name: 'records with no decision in the folder',
      folder: without(editFile(SAMPLE, I, '检查时间：2025年6月3日', '检查时间：2025年5月3日'), D),
    },
  ],
  invalid: [
    {
      name: 'a case of 2019: the 2017 text’s Arts. 31 and 42 (Art. 47 is new in 2021)',
      folder: in2019(
        editFile(
          editFile(SAMPLE, D, '  告知: 2025-06-17', '  告知: ⟦2025-06-18⟧'),
          N,
          '  告知: 2025-06-17',
          '  告知: ⟦2025-06-17⟧',
        ),
      ),
      messageId: 'differs',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十一条、第四十二条第一款',
    },
    {
      name: 'the decision’s 告知 differs from the notice’s: reported on both documents',
      folder: editFile(
        editFile(SAMPLE, D, '  告知: 2025-06-17', '  告知: ⟦2025-06-18⟧'),
        N,
        '  告知: 2025-06-17',
        '  告知: ⟦2025-06-17⟧',
      ),
      messageId: 'differs',
      messageIncludes: '告知',
    },
    {
      name: 'the notice omits 告知 and is signed on another day than the decision says',
      folder: editFile(
        editFile(
          editFile(SAMPLE, N, '  告知: 2025-06-17\n', ''),
          N,
          '\n2025年6月17日\n',
          '\n⟦2025年6月16日⟧\n',
        ),
        D,
        '  告知: 2025-06-17',
        '  告知: ⟦2025-06-17⟧',
      ),
      messageIncludes: ['2025-06-16', '2025-06-17'],
    },
    {
      name: '立案 disagrees, in the case grouped without 案件编号',
      folder: editFile(
        editFile(UNNUMBERED, D, '  立案: 2025-06-04', '  立案: ⟦2025-06-05⟧'),
        N,
        '  立案: 2025-06-04',
        '  立案: ⟦2025-06-04⟧',
      ),
    },
    {
      name: 'a hearing asked for before the notice reached the party: on the decision and the notice',
      folder: editFile(
        editFile(SAMPLE, D, '  听证申请: 未申请', '  听证申请: ⟦2025-06-16⟧'),
        N,
        '  告知送达: 2025-06-17',
        '  告知送达: ⟦2025-06-17⟧',
      ),
      messageIncludes: ['听证申请', '2025-06-16', '2025-06-17', '第六十四条第一项'],
    },
    {
      name: 'a statement dated before the notice, which gives only its 告知 date',
      folder: editFile(
        editFile(
          editFile(SAMPLE, N, '  告知送达: 2025-06-17\n', ''),
          N,
          '  告知: 2025-06-17',
          '  告知: ⟦2025-06-17⟧',
        ),
        D,
        '  陈述申辩: 未提出',
        '  陈述申辩: ⟦2025-06-15⟧',
      ),
      messageIncludes: ['陈述申辩', '2025-06-15'],
    },
    {
      name: 'an inspection record dated before the violation: on the record and on the decision',
      folder: editFile(
        editFile(SAMPLE, I, '检查时间：2025年6月3日', '检查时间：⟦2025年6月2日⟧'),
        D,
        '  违法行为发生: 2025-06-03',
        '  违法行为发生: ⟦2025-06-03⟧',
      ),
    },
    {
      name: 'an inquiry record dated after the decision',
      folder: editFile(
        editFile(SAMPLE, Q, '询问时间：2025年6月5日', '询问时间：⟦2025年7月1日⟧'),
        D,
        '  决定: 2025-06-27',
        '  决定: ⟦2025-06-27⟧',
      ),
      messageIncludes: '2025-07-01',
    },
  ],
});
