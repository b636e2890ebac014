import rule from '../../../server/src/rules/case/heavier-penalty';
import { caseRuleTester, editFile, under, without } from '../../helpers/caseTester';
import { otherParty, SAMPLE, UNNUMBERED } from './_folders';

const D = 'decision.case.md';
const N = 'notice.case.md';
const heavier = (to: string, folder = SAMPLE) => editFile(folder, D, '  罚款: 20000', to);

/** A second notice of 2025-06-20 proposing ¥30,000 (new facts found after the first). */
const secondNotice = (date: string) =>
  SAMPLE[N]!.replace('张应急罚告字〔2025〕37号', '张应急罚告字〔2025〕39号')
    .replace('  告知: 2025-06-17\n  告知送达: 2025-06-17', `  告知: ${date}\n  告知送达: ${date}`)
    .replace('  罚款: 20000', '  罚款: 30000');

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case: the decision imposes what the notice proposed', folder: SAMPLE },
    { name: 'a lighter fine after the defence', folder: heavier('  罚款: 15000') },
    {
      name: 'a warning added to the fine is not heavier (Art. 9 (一))',
      folder: editFile(SAMPLE, D, '  种类: [罚款]', '  种类: [警告, 罚款]'),
    },
    { name: 'no notice in the folder', folder: without(heavier('  罚款: 30000'), N) },
    {
      name: 'a new notice (2025-06-20) proposed the heavier fine',
      folder: { ...heavier('  罚款: 30000'), 'notice-2.case.md': secondNotice('2025-06-20') },
    },
    {
      name: 'the notice of the same party in another folder is another case',
      folder: { ...under('a', without(heavier('  罚款: 30000'), N)), ...under('b', { [N]: SAMPLE[N]! }) },
    },
    {
      name: 'two cases in one folder never mix: the other party’s notice proposed ¥10,000',
      folder: {
        ...SAMPLE,
        ...without(
          otherParty(editFile(SAMPLE, N, '  罚款: 20000', '  罚款: 10000')),
          'other-decision.case.md',
        ),
      },
    },
    {
      name: 'a notice that states no fine cannot be compared',
      folder: editFile(heavier('  罚款: 30000'), N, '  罚款: 20000\n', ''),
    },
  ],
  invalid: [
    {
      name: 'the decision fines ¥30,000 where the notice proposed ¥20,000',
      folder: heavier('  罚款: ⟦30000⟧'),
      messageId: 'fine',
      messageIncludes: ['30,000', '20,000', '张应急罚告字〔2025〕37号'],
    },
    {
      name: 'without 案件编号 the documents are still one case (same party and 违法行为)',
      folder: heavier('  罚款: ⟦30000⟧', UNNUMBERED),
      messageId: 'fine',
    },
    {
      name: 'a second notice dated after the decision is not the notice the decision rests on',
      folder: { ...heavier('  罚款: ⟦30000⟧'), 'notice-2.case.md': secondNotice('2025-06-30') },
      messageIncludes: '张应急罚告字〔2025〕37号',
    },
    {
      name: 'a kind the notice did not propose: 责令停产停业',
      folder: editFile(SAMPLE, D, '  种类: [罚款]', '  种类: [罚款, ⟦责令停产停业⟧]'),
      messageId: 'kind',
      messageIncludes: '责令停产停业',
    },
    {
      name: 'more illegal gains confiscated than proposed',
      folder: editFile(
        editFile(SAMPLE, N, '  罚款: 20000', '  罚款: 20000\n  没收违法所得: 3000'),
        D,
        '  罚款: 20000',
        '  罚款: 20000\n  没收违法所得: ⟦5000⟧',
      ),
      messageId: 'confiscation',
    },
    {
      name: 'two cases in one folder: only the other party’s decision is heavier than its own notice',
      folder: { ...SAMPLE, ...otherParty(heavier('  罚款: ⟦30000⟧')) },
    },
  ],
});
