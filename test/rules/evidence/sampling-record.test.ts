import rule from '../../../server/src/rules/evidence/sampling-record';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';

const ROW4 =
  '| 证据4 | 营业执照复印件 | 书证 | 当事人提供 | 2025-03-12 | 顾文杰、沈佳怡 | 当事人的主体资格 |';
const SAMPLING =
  '| 证据5 | 采样记录 | 现场笔录 | 执法人员现场制作 | 2025-03-10 | 顾文杰、沈佳怡 | 采样点为车间排口，采样方法为瞬时采样 |';
const REPORT =
  '| 证据6 | 检测报告 | 鉴定意见 | 某检测公司，依据证据5采样 | 2025-03-14 | 顾文杰、沈佳怡 | 粉尘浓度超标 |';
const withRows = (...rows: string[]) => edit(ROW4, [ROW4, ...rows].join('\n'));

ruleTester(rule, {
  valid: [
    { name: 'no test report at all', code: BASE },
    { name: 'a report with its sampling record', code: withRows(SAMPLING, REPORT) },
    {
      name: 'synonyms: 抽样记录 with 抽样地点 and 抽样方法',
      code: withRows(
        SAMPLING.replace('采样记录', '抽样记录')
          .replace('采样点为', '抽样地点为')
          .replace('采样方法为', '抽样方法为'),
        REPORT,
      ),
    },
  ],
  invalid: [
    {
      name: 'a decision of 2019: the 2017 text’s Arts. 30 and 36 (Art. 46 is new in 2021)',
      code: decidedOn('2019-04-15', withRows(REPORT.replace('| 检测报告 |', '| ⟦检测报告⟧ |'))),
      messageId: 'noRecord',
      messageIncludes: '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十条、第三十六条',
    },
    {
      name: 'a report without a sampling record',
      code: withRows(REPORT.replace('| 检测报告 |', '| ⟦检测报告⟧ |')),
      messageId: 'noRecord',
    },
    {
      name: 'a sampling record that states no method',
      code: withRows(SAMPLING.replace('采样点为车间排口，采样方法为瞬时采样', '⟦采样点为车间排口⟧'), REPORT),
      messageId: 'statements',
      messageIncludes: '采样方法',
    },
    {
      name: 'a report pointing at a row that is not a sampling record',
      code: withRows(SAMPLING, REPORT.replace('某检测公司，依据证据5采样', '⟦某检测公司，依据证据4采样⟧')),
      messageId: 'notRecord',
    },
  ],
});
