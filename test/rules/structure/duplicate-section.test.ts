import rule from '../../../server/src/rules/structure/duplicate-section';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'each section once', code: BASE },
    {
      name: 'unknown headings may repeat',
      code: edit('## 落款', '## 附注\n\n一。\n\n## 附注\n\n二。\n\n## 落款'),
    },
  ],
  invalid: [
    {
      name: 'a second 违法事实',
      code: edit('## 证据', '⟦## 二、违法事实⟧\n\n又查明。[证据1]\n\n## 证据'),
      messageId: 'duplicate',
    },
  ],
});
