import rule from '../../../server/src/rules/evidence/missing-field';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [{ name: 'every field filled', code: BASE }],
  invalid: [
    {
      name: 'a decision of 2019: the 2017 text’s Arts. 30 and 36 (Art. 46 is new in 2021)',
      code: decidedOn(
        '2019-04-15',
        edit(
          '| 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |',
          '|⟦ ⟧| 顾文杰、沈佳怡 | 当事人的主体资格 |',
        ),
      ),
      messageId: 'empty',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十条、第三十六条',
    },
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
