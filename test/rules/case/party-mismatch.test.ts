import rule from '../../../server/src/rules/case/party-mismatch';
import { caseRuleTester, editFile, without } from '../../helpers/caseTester';
import { otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const Q = 'inquiry.case.md';
const CODE = '  统一社会信用代码: 91320582MA1HRW6T0G';
const NAME = '  名称: 张家港市恒润五金制品有限公司';

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: one party, one violation', folder: SAMPLE },
    {
      name: 'a record without the party’s code, by name',
      folder: editFile(SAMPLE, Q, `${CODE}\n`, ''),
    },
    {
      name: 'half-width brackets and spaces do not make another name',
      folder: editFile(SAMPLE, Q, NAME, '  名称: 张家港市恒润五金制品 有限公司'),
    },
    {
      name: 'without 案件编号, disagreeing drafts are simply not one case',
      folder: editFile(UNNUMBERED, N, CODE, '  统一社会信用代码: 91320582MA1N7QK3FM'),
    },
    {
      name: 'two cases in one folder never mix: another party under its own number',
      folder: { ...SAMPLE, ...otherParty(SAMPLE) },
    },
    {
      name: 'two cases in one folder never mix, without numbers',
      folder: { ...UNNUMBERED, ...otherParty(UNNUMBERED) },
    },
  ],
  invalid: [
    {
      name: 'the notice names another valid code under the case number: it is the odd one out',
      folder: editFile(SAMPLE, N, CODE, '  统一社会信用代码: ⟦91320582MA1N7QK3FM⟧'),
      messageId: 'party',
      messageIncludes: ['91320582MA1N7QK3FM', '91320582MA1HRW6T0G', '张应急立字〔2025〕37号'],
    },
    {
      name: 'a decision and a notice alone disagree on the name (same code): both are told',
      messageId: 'name',
      folder: editFile(
        editFile(without(SAMPLE, Q, 'inspection.case.md'), D, NAME, '  名称: ⟦张家港市恒润五金制品厂⟧'),
        N,
        NAME,
        '  名称: ⟦张家港市恒润五金制品有限公司⟧',
      ),
    },
    {
      name: 'an inquiry record of another matter filed under the case number',
      folder: editFile(
        SAMPLE,
        Q,
        '案由: 张家港市恒润五金制品有限公司未如实记录安全生产教育和培训情况案',
        '案由: ⟦张家港市恒润五金制品有限公司未按规定设置安全警示标志案⟧',
      ),
      messageId: 'matter',
    },
  ],
});
