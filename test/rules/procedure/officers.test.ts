import rule from '../../../server/src/rules/procedure/officers';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const SECOND = '  - 姓名: 沈佳怡\n    证号: "32058225012"\n';

ruleTester(rule, {
  valid: [
    { name: 'two officers with certificates', code: BASE },
    { name: 'three officers', code: edit(SECOND, SECOND + '  - 姓名: 张三\n    证号: "32058225013"\n') },
  ],
  invalid: [
    {
      name: 'one officer only (Art. 42)',
      code: edit(SECOND, '').replace('执法人员:', '⟦执法人员⟧:'),
      messageId: 'tooFew',
      messageIncludes: '1',
    },
    {
      name: 'an officer without 证号 (Art. 55)',
      code: edit(SECOND, '  - 姓名: ⟦沈佳怡⟧\n'),
      messageId: 'noCertificate',
      messageIncludes: '沈佳怡',
    },
  ],
});
