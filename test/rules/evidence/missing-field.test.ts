import rule from '../../../server/src/rules/evidence/missing-field';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [{ name: 'every field filled', code: BASE }],
  invalid: [
    {
      name: 'an empty date obtained',
      code: edit(
        '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |',
        '|⟦ ⟧| 顾文杰、沈佳怡 | 当事人的主体资格 |',
      ),
      messageId: 'empty',
    },
    {
      name: 'an empty source and purpose: one finding each',
      messageId: 'empty',
      code: edit(
        '| 当事人提供 | 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |',
        '|⟦ ⟧| 2025-03-12 | 顾文杰、沈佳怡 |⟦ ⟧|',
      ),
    },
    {
      name: 'a column missing from the header',
      code: edit(
        '| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |\n|---|---|---|---|---|---|---|',
        '⟦| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 说明 |⟧\n|---|---|---|---|---|---|---|',
      ),
      messageId: 'column',
    },
  ],
});
