import rule from '../../../server/src/rules/penalty/kind';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: '罚款', code: BASE },
    { name: 'several kinds of Art. 9', code: edit('种类: [罚款]', '种类: [警告, 罚款, 没收违法所得]') },
  ],
  invalid: [
    {
      name: '罚金 is a criminal penalty: fix to 罚款',
      code: edit('种类: [罚款]', '种类: [⟦罚金⟧]'),
      messageId: 'standard',
      output: BASE,
    },
    {
      name: 'not a kind at all',
      code: edit('种类: [罚款]', '种类: [罚款, ⟦批评教育⟧]'),
      messageId: 'unknown',
      messageIncludes: '批评教育',
    },
  ],
});
