import rule from '../../../server/src/rules/wording/amount-format';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FINE = '处以罚款人民币贰万元整（¥20,000.00）';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: '¥150,000.00 with its uppercase form',
      code: edit(FINE, '处以罚款人民币壹拾伍万元整（¥150,000.00）'),
    },
    {
      name: 'sums that are not the fine',
      code: edit('现有从业人员四十二人。', '现有从业人员四十二人，年产值约500万元。'),
    },
    {
      name: 'an earlier decision’s fine told in the facts is not this decision’s (a real decision)',
      code: edit(
        '现有从业人员四十二人。',
        '现有从业人员四十二人。5月29日，本机关送达《行政处罚决定书》，作出罚款39.86万元行政处罚。',
      ),
    },
  ],
  invalid: [
    { name: 'digits only', code: edit(FINE, '处以罚款⟦20000元⟧'), messageId: 'noUpper', output: BASE },
    {
      name: 'digits with 人民币 and ¥',
      messageId: 'noUpper',
      code: edit(FINE, '处以罚款⟦人民币¥20,000.00⟧'),
      output: BASE,
    },
    {
      name: 'no 人民币',
      code: edit(FINE, '处以罚款⟦贰万元整（¥20,000.00）⟧'),
      messageId: 'noCurrency',
      output: BASE,
    },
  ],
});
