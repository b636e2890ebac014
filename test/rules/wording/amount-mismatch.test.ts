import rule from '../../../server/src/rules/wording/amount-mismatch';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FINE = '处以罚款人民币贰万元整（¥20,000.00）';

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'a large amount with 亿 and 万',
      code: edit(
        '  罚款: 20000',
        '  罚款: 120000000',
        edit(FINE, '处以罚款人民币壹亿贰仟万元整（¥120,000,000.00）'),
      ),
    },
    { name: '圆 for 元', code: edit(FINE, '处以罚款人民币贰万圆整（¥20,000.00）') },
    { name: 'no 处罚.罚款: only the two forms are compared', code: edit('  罚款: 20000\n', '') },
    {
      // 黔江医保处罚字〔2023〕第3号: a fine for each act, and 处罚.罚款 their total.
      name: 'a fine for each of two acts, the front matter their sum',
      code: edit(
        '  罚款: 20000',
        '  罚款: 6164.1',
        edit(
          FINE,
          '并处1倍罚款5722.74元；二、对虚构医药服务项目的行为，责令立即改正，并处2倍罚款441.36元；合计并处罚款6164.1元',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'uppercase and digits disagree',
      code: edit(FINE, '处以罚款⟦人民币贰万元整（¥25,000.00）⟧'),
      messageId: 'upperDigits',
      // The repair that agrees with 处罚.罚款 comes first.
      findings: [{ suggestions: [BASE, edit(FINE, '处以罚款人民币贰万伍仟元整（¥25,000.00）')] }],
    },
    {
      name: 'both agree but differ from 处罚.罚款',
      code: edit('  罚款: 20000', '  罚款: 30000', edit(FINE, '处以罚款⟦人民币贰万元整（¥20,000.00）⟧')),
      messageId: 'fact',
    },
    {
      name: 'the 2024-fh-021 pattern: 罚金 壹拾贰万 vs ¥150,000.00',
      messageId: 'upperDigits',
      code: edit(
        '  罚款: 20000',
        '  罚款: 120000',
        edit(FINE, '处以罚金⟦人民币壹拾贰万元整（¥150,000.00）⟧'),
      ),
      findings: [
        {
          suggestions: [
            edit('  罚款: 20000', '  罚款: 120000', edit(FINE, '处以罚金人民币壹拾贰万元整（¥120,000.00）')),
            edit('  罚款: 20000', '  罚款: 120000', edit(FINE, '处以罚金人民币壹拾伍万元整（¥150,000.00）')),
          ],
        },
      ],
    },
    {
      name: 'two fines that do not add up to 处罚.罚款',
      code: edit(
        '  罚款: 20000',
        '  罚款: 6164.1',
        edit(FINE, '并处1倍罚款⟦5722.74元⟧；二、对虚构医药服务项目的行为，并处2倍罚款⟦441.30元⟧'),
      ),
      findings: [{ messageId: 'fact' }, { messageId: 'fact' }],
    },
    {
      name: 'neither form is 处罚.罚款: both messages',
      findings: [
        {
          messageId: 'upperDigits',
          suggestions: [
            edit('  罚款: 20000', '  罚款: 30000'),
            edit('  罚款: 20000', '  罚款: 30000', edit(FINE, '处以罚款人民币贰万伍仟元整（¥25,000.00）')),
          ],
        },
        { messageId: 'fact' },
      ],
      code: edit('  罚款: 20000', '  罚款: 30000', edit(FINE, '处以罚款⟦⟦人民币贰万元整（¥25,000.00）⟧⟧')),
    },
  ],
});
