import rule from '../../../server/src/rules/case/ambiguous';
import { caseRuleTester, editFile } from '../../helpers/caseTester';
import { in2019, otherParty, SAMPLE } from './_folders';

/** A later case against the same party for the same violation, numbered 张应急立字〔2025〕52号. */
const LATER = Object.fromEntries(
  Object.entries(SAMPLE).map(([f, t]) => [`later-${f}`, t.replaceAll('〔2025〕37号', '〔2025〕52号')]),
);
const loose = SAMPLE['inspection.case.md']!.replace(/^案件编号: .*\n/m, '');

caseRuleTester(rule, {
  valid: [
    { name: 'the sample case', folder: SAMPLE },
    {
      name: 'a record without 案件编号 that matches one numbered case joins it',
      folder: { ...SAMPLE, 'loose.case.md': loose },
    },
    {
      name: 'two numbered cases of the same party and violation',
      folder: { ...SAMPLE, ...LATER },
    },
    {
      name: 'two cases in one folder never mix: another party’s unnumbered record matches neither',
      folder: { ...SAMPLE, ...LATER, ...otherParty({ 'loose.case.md': loose }) },
    },
  ],
  invalid: [
    {
      name: 'a case of 2019: the notice rests on what the case checks rested on then (Art. 47 is new in 2021)',
      folder: in2019({
        ...SAMPLE,
        ...LATER,
        'loose.case.md': loose.replace('文书: 现场检查笔录', '文书: ⟦现场检查笔录⟧'),
      }),
      messageIncludes:
        '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十一条、第三十九条第一款第二项、第四十二条第一款',
    },
    {
      name: 'a record without 案件编号 that matches both numbered cases',
      folder: {
        ...SAMPLE,
        ...LATER,
        'loose.case.md': loose.replace('文书: 现场检查笔录', '文书: ⟦现场检查笔录⟧'),
      },
      messageIncludes: ['张应急立字〔2025〕37号', '张应急立字〔2025〕52号'],
    },
    {
      name: 'two loose drafts matching both cases: each is reported',
      folder: {
        ...SAMPLE,
        ...LATER,
        'loose.case.md': loose.replace('文书: 现场检查笔录', '文书: ⟦现场检查笔录⟧'),
        'loose-2.case.md': editFile(
          { f: SAMPLE['inquiry.case.md']! },
          'f',
          '案件编号: 张应急立字〔2025〕37号\n',
          '',
        ).f!.replace('文书: 询问笔录', '文书: ⟦询问笔录⟧'),
      },
    },
  ],
});
