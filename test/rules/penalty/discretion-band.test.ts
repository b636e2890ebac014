import rule from '../../../server/src/rules/penalty/discretion-band';
import { builtinCatalogEntries } from '../../../server/src/core/builtin-catalog';
import type { CatalogEntry } from '../../../server/src/core/catalog';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const catalog = builtinCatalogEntries();
const fine = (n: string, text = BASE) => edit('  罚款: 20000', `  罚款: ${n}`, text);
/** An agency's own benchmark replaces the bundled example (same id, listed first as `catalogs` are). */
const agency: CatalogEntry[] = [
  {
    ...catalog.find((e) => e.id === 'safety-training-record')!,
    discretion: { source: '张家港市应急管理局行政处罚裁量基准', bands: { 一般: { min: 30000, max: 60000 } } },
  },
  ...catalog,
];

ruleTester(rule, {
  valid: [
    { name: '20,000 in the example 一般 band (10,000–50,000)', code: BASE, catalog },
    { name: '5,000 claimed as 轻微', code: fine('5000', edit('裁量: 一般', '裁量: 轻微')), catalog },
    { name: 'the agency band', code: fine('40000'), catalog: agency },
  ],
  invalid: [
    {
      name: '80,000 is not 一般 in the example bands',
      code: fine('⟦80000⟧'),
      catalog,
      messageId: 'outside',
      messageIncludes: ['10,000–50,000', '示例裁量基准'],
    },
    {
      name: 'outside the agency band: names the agency source',
      messageId: 'outside',
      code: fine('⟦20000⟧'),
      catalog: agency,
      messageIncludes: ['30,000–60,000', '张家港市应急管理局行政处罚裁量基准'],
    },
  ],
});
