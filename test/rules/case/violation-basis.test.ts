import rule from '../../../server/src/rules/case/violation-basis';
import { caseRuleTester, editFile, without } from '../../helpers/caseTester';
import { otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const PENALTY_CITE = '依据《中华人民共和国安全生产法》第九十七条第四项的规定，本机关决定';
const otherItem = (folder = SAMPLE) =>
  editFile(folder, D, PENALTY_CITE, '依据⟦《中华人民共和国安全生产法》第九十七条第三项⟧的规定，本机关决定');
const HEADING = '## 法律依据与处罚决定';

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: the same violation and provisions', folder: SAMPLE },
    {
      name: 'the notice cites the article, the decision its item',
      folder: editFile(SAMPLE, N, '第九十七条第四项的规定，本机关拟', '第九十七条的规定，本机关拟'),
    },
    {
      name: 'the decision says why the basis changed',
      folder: editFile(
        editFile(
          SAMPLE,
          D,
          PENALTY_CITE,
          '依据《中华人民共和国安全生产法》第九十七条第三项的规定，本机关决定',
        ),
        D,
        '也未要求听证。',
        '也未要求听证。经复核，本机关认定当事人的行为属于第九十七条第三项规定的情形，处罚依据改为该项。',
      ),
    },
    {
      name: 'a notice still holding the template’s placeholder basis cannot be compared',
      folder: editFile(
        SAMPLE,
        N,
        '违反了《中华人民共和国安全生产法》第二十八条第四款的规定。依据《中华人民共和国安全生产法》第九十七条第四项的规定',
        '依据《（法律全称）》第（）条的规定',
      ),
    },
    // Issue 15: a blank is structure/placeholder's finding; there is no violation named to compare.
    {
      name: 'a decision whose violation is still the template’s blank',
      folder: editFile(
        SAMPLE,
        D,
        '违法行为: 未如实记录安全生产教育和培训情况',
        '违法行为: （合规清单中的违法行为名称）',
      ),
    },
    {
      name: 'a notice whose violation is still the template’s blank',
      folder: editFile(SAMPLE, N, '违法行为: 未如实记录安全生产教育和培训情况', '违法行为: （违法行为名称）'),
    },
    { name: 'no notice in the folder', folder: without(otherItem(SAMPLE), N) },
    {
      name: 'the other party’s case in the folder names another basis',
      folder: {
        ...SAMPLE,
        ...without(
          otherParty(
            editFile(SAMPLE, N, '第九十七条第四项的规定，本机关拟', '第九十七条第三项的规定，本机关拟'),
          ),
          'other-decision.case.md',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'the decision applies another item than the notice: the added one and, on the heading, the dropped one',
      folder: editFile(otherItem(), D, HEADING, `⟦${HEADING}⟧`),
      messageIncludes: '张应急罚告字〔2025〕37号',
    },
    {
      name: 'the same without 案件编号',
      folder: editFile(otherItem(UNNUMBERED), D, HEADING, `⟦${HEADING}⟧`),
    },
    {
      name: 'the decision finds another violation than the notice named',
      folder: editFile(
        SAMPLE,
        D,
        '违法行为: 未如实记录安全生产教育和培训情况',
        '违法行为: ⟦未按照规定对从业人员进行安全生产教育和培训⟧',
      ),
      messageId: 'violation',
      messageIncludes: ['未按照规定对从业人员进行安全生产教育和培训', '未如实记录安全生产教育和培训情况'],
    },
    {
      name: '“不予采纳” is no explanation of a change',
      folder: editFile(
        editFile(otherItem(), D, HEADING, `⟦${HEADING}⟧`),
        D,
        '也未要求听证。',
        '也未要求听证。本机关对其意见不予采纳。',
      ),
    },
  ],
});
