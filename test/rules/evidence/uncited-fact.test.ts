import rule from '../../../server/src/rules/evidence/uncited-fact';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

ruleTester(rule, {
  valid: [
    { name: 'every fact paragraph cites evidence', code: BASE },
    { name: 'a combined citation [证据1、证据3]', code: edit(`${FACT}[证据3]`, `${FACT}[证据1、证据3]`) },
    { name: 'a list item that cites evidence', code: edit(`${FACT}[证据3]`, `- ${FACT}[证据3]`) },
    {
      name: 'paragraphs outside 违法事实 need no citation',
      code: edit('本机关于2025年3月11日立案调查。', '本机关于2025年3月11日立案调查。另查明无其他情况。'),
    },
  ],
  invalid: [
    { name: 'a paragraph without citation', code: edit(`${FACT}[证据3]`, `⟦${FACT}⟧`), messageId: 'uncited' },
    {
      name: 'a list item without citation',
      code: edit(`${FACT}[证据3]`, `- ⟦${FACT}⟧\n- 另一项事实。[证据3]`),
    },
    {
      name: 'a citation with the wrong brackets does not count',
      code: edit(`${FACT}[证据3]`, `⟦${FACT}（证据3）⟧`),
    },
  ],
});
