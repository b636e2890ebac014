import rule from '../../../server/src/rules/penalty/statutory-range';
import { builtinCatalogEntries } from '../../../server/src/core/builtin-catalog';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const catalog = builtinCatalogEntries();
const fine = (n: string) => edit('  罚款: 20000', `  罚款: ${n}`);

// 安全生产法 第九十七条: "处十万元以下的罚款；逾期未改正的……并处十万元以上二十万元以下的罚款" (data/catalog/work-safety.json).
ruleTester(rule, {
  valid: [
    { name: '20,000 under 第九十七条第四项', code: BASE, catalog },
    { name: '200,000: the upper end for 逾期未改正', code: fine('200000'), catalog },
    { name: 'no catalog entry: silent', code: fine('900000') },
  ],
  invalid: [
    {
      name: '250,000 is beyond 第九十七条',
      code: fine('⟦250000⟧'),
      catalog,
      messageId: 'outside',
      messageIncludes: ['第九十七条第四项', '十万元以下'],
    },
    {
      name: '50,000 for 超标排放水污染物 (十万元以上一百万元以下, 水污染防治法第八十三条)',
      messageId: 'outside',
      code: edit('违法行为: 未如实记录安全生产教育和培训情况', '违法行为: 超标排放水污染物', fine('⟦50000⟧')),
      catalog,
      messageIncludes: ['《中华人民共和国水污染防治法》第八十三条第二项', '十万元以上一百万元以下'],
    },
  ],
});
