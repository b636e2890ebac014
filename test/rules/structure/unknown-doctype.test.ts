import rule from '../../../server/src/rules/structure/unknown-doctype';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a known type', code: BASE },
    { name: 'another known type', code: edit('文书: 行政处罚决定书', '文书: 不予行政处罚决定书') },
    {
      name: 'no 文书 at all is structure/front-matter’s to report',
      code: edit('文书: 行政处罚决定书\n', ''),
    },
  ],
  invalid: [
    {
      name: 'a near miss gets a suggestion, not a fix',
      code: edit('文书: 行政处罚决定书', '文书: ⟦处罚决定书⟧'),
      messageId: 'unknown',
      messageIncludes: '处罚决定书',
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: 'an unknown type',
      messageId: 'unknown',
      code: edit('文书: 行政处罚决定书', '文书: ⟦责令改正通知书⟧'),
    },
  ],
});
