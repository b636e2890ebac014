import rule from '../../../server/src/rules/evidence/numbering';
import { BASE, PUBLISHED, edit, ruleTester } from '../../helpers/ruleTester';

/** BASE with 证据4 written 证据5 everywhere: the table goes 1, 2, 3, 5. */
const GAP = BASE.replaceAll('证据4', '证据5');
/** BASE with 证据2 and 证据3 swapped everywhere: rows 1, 3, 2, 4, each citation still meaning its row. */
const SWAPPED = BASE.replaceAll('证据2', '证据#').replaceAll('证据3', '证据2').replaceAll('证据#', '证据3');

ruleTester(rule, {
  valid: [
    { name: 'numbered 1 to 4 in order', code: BASE },
    { name: 'evidence in prose, no table', code: PUBLISHED },
    {
      name: 'one id twice: not this rule’s (it cannot tell which row a citation means)',
      code: edit('| 证据4 | 营业执照复印件', '| 证据3 | 营业执照复印件'),
    },
    { name: 'an id that is not 证据N', code: edit('| 证据4 | 营业执照复印件', '| 附件 | 营业执照复印件') },
  ],
  invalid: [
    {
      name: 'a gap (1, 2, 3, 5): renumbered, the citations follow',
      code: GAP.replace('| 证据5 | 营业执照复印件', '| ⟦证据5⟧ | 营业执照复印件'),
      messageId: 'gap',
      messageIncludes: ['证据1、证据2、证据3、证据5', '证据4'],
      output: BASE,
    },
    {
      name: 'starting at 2: the first row is the one out of place',
      code: BASE.replaceAll('证据4', '证据5')
        .replaceAll('证据3', '证据4')
        .replaceAll('证据2', '证据3')
        .replaceAll('证据1', '证据2')
        .replace('| 证据2 | 现场检查笔录', '| ⟦证据2⟧ | 现场检查笔录'),
      messageId: 'gap',
      output: BASE,
    },
    {
      name: 'out of order (1, 3, 2, 4): renumbered in the order of the table, each citation keeps its row',
      code: SWAPPED.replace('| 证据3 | 安全生产教育', '| ⟦证据3⟧ | 安全生产教育'),
      messageId: 'order',
      messageIncludes: '证据1、证据3、证据2、证据4',
      output: BASE,
    },
  ],
});
