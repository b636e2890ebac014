import rule from '../../../server/src/rules/procedure/review-independence';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'reviewers are not investigators', code: BASE },
    {
      name: 'the investigator as 承办员 is expected',
      code: BASE.replace('姓名: 顾文杰\n    日期', '姓名: 顾文杰\n    日期'),
    },
  ],
  invalid: [
    {
      name: 'the investigator reviews as 法制员',
      code: edit('    姓名: 陆晓峰\n', '    姓名: ⟦沈佳怡⟧\n'),
      messageId: 'same',
      messageIncludes: '沈佳怡',
    },
  ],
});
