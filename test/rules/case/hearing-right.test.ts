import rule from '../../../server/src/rules/case/hearing-right';
import { caseRuleTester, editFile, without } from '../../helpers/caseTester';
import { otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const SAID = '当事人在法定期限内未提出陈述、申辩意见，也未要求听证。';
const silent = (folder = SAMPLE) =>
  editFile(
    editFile(folder, D, SAID, '当事人在法定期限内未提出陈述、申辩意见。'),
    D,
    '以及当事人依法享有的陈述、申辩和要求听证的权利',
    '以及当事人依法享有的陈述、申辩权利',
  );
const RIGHTS_TEXT =
  '当事人享有陈述、申辩和要求听证的权利，可以自收到本告知书之日起五日内向本机关提出陈述、申辩意见或者听证要求。';
/** A notice that gave no hearing right (a fine below the threshold). */
const noHearing = (folder = SAMPLE) =>
  editFile(
    editFile(
      folder,
      N,
      RIGHTS_TEXT,
      '当事人享有陈述、申辩的权利，可以自收到本告知书之日起五日内向本机关提出陈述、申辩意见。',
    ),
    N,
    '  听证告知: 是',
    '  听证告知: 否',
  );

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: the decision says the party did not ask for a hearing', folder: SAMPLE },
    {
      name: 'the notice gave no hearing right and the decision is silent on one (听证告知: 否)',
      folder: editFile(noHearing(silent()), D, '  听证告知: 是', '  听证告知: 否'),
    },
    { name: 'no notice in the folder', folder: without(silent(), N) },
    {
      name: 'the other party’s notice gave the right; this case’s did not',
      folder: {
        ...editFile(noHearing(silent()), D, '  听证告知: 是', '  听证告知: 否'),
        ...without(otherParty(SAMPLE), 'other-decision.case.md'),
      },
    },
  ],
  invalid: [
    {
      name: 'the notice gave the right, the decision’s 陈述申辩与听证 does not mention a hearing',
      folder: editFile(silent(), D, '## 陈述申辩与听证', '⟦## 陈述申辩与听证⟧'),
      messageId: 'notReflected',
      messageIncludes: '张应急罚告字〔2025〕37号',
    },
    {
      name: 'the same without 案件编号',
      folder: editFile(silent(UNNUMBERED), D, '## 陈述申辩与听证', '⟦## 陈述申辩与听证⟧'),
    },
    {
      name: 'the decision says no hearing right was given',
      folder: editFile(SAMPLE, D, '  听证告知: 是', '  听证告知: ⟦否⟧'),
      messageId: 'factNo',
    },
    {
      name: 'the decision says the hearing right was given, the notice did not give it',
      folder: editFile(noHearing(), D, '  听证告知: 是', '  听证告知: ⟦是⟧'),
      messageId: 'notGiven',
    },
  ],
});
