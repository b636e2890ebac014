import rule from '../../../server/src/rules/evidence/required-by-catalog';
import type { CatalogEntry } from '../../../server/src/core/catalog';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const ENTRY: CatalogEntry = {
  id: 'test-training-records',
  name: '未如实记录安全生产教育和培训情况',
  field: '安全生产',
  evidence: [
    { name: '培训档案', match: ['培训档案'], basis: '《中华人民共和国安全生产法》第二十八条第四款' },
  ],
};

ruleTester(rule, {
  valid: [
    { name: 'the table has the required evidence', code: BASE, catalog: [ENTRY] },
    {
      name: 'a violation not in the catalog',
      code: edit('违法行为: 未如实记录安全生产教育和培训情况', '违法行为: 某种未收录的行为'),
      catalog: [ENTRY],
    },
    { name: 'no catalog: silent', code: edit('安全生产教育和培训档案及签到表', '签到表') },
  ],
  invalid: [
    {
      name: 'the required evidence is missing',
      code: edit('安全生产教育和培训档案及签到表', '签到表').replace(
        '| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |',
        '⟦| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |⟧',
      ),
      catalog: [ENTRY],
      messageId: 'lacks',
      messageIncludes: ['培训档案', '第二十八条第四款'],
    },
    {
      name: 'found through an alias of the violation',
      messageId: 'lacks',
      code: edit(
        '违法行为: 未如实记录安全生产教育和培训情况',
        '违法行为: 培训记录不实',
        edit('安全生产教育和培训档案及签到表', '签到表'),
      )
        .replace('| 编号 | 名称 |', '⟦| 编号 | 名称 |')
        .replace('| 证明事项 |\n', '| 证明事项 |⟧\n'),
      catalog: [{ ...ENTRY, aliases: ['培训记录不实'] }],
    },
  ],
});
