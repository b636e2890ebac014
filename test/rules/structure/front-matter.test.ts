import rule from '../../../server/src/rules/structure/front-matter';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const BODY = BASE.slice(BASE.indexOf('# 行政处罚决定书'));

ruleTester(rule, {
  valid: [
    { name: 'the clean decision', code: BASE },
    {
      name: 'a draft made from a document holds what its text states: 案由 and 执法人员 are unknown, not missing',
      code: PUBLISHED,
    },
    { name: 'a CRLF draft', code: BASE.replace(/\n/g, '\r\n') },
    { name: 'a BOM before the front matter', code: '\uFEFF' + BASE },
    {
      name: 'the largest fine ever imposed (182.28 亿元) is plausible',
      code: edit('罚款: 20000', '罚款: 18228000000'),
    },
    {
      name: 'a record needs no 文号',
      code: edit('文书: 行政处罚决定书\n文号: 张应急罚决字〔2025〕8号\n', '文书: 询问笔录\n'),
    },
  ],
  invalid: [
    {
      name: 'a draft made from a document still has its values checked',
      code: edit('  决定: 2021-08-16', '  决定: ⟦2021年8月16日⟧', PUBLISHED),
      messageId: 'date',
    },
    {
      name: 'no front matter at all',
      code: `⟦# 行政处罚决定书⟧${BODY.slice('# 行政处罚决定书'.length)}`,
      messageId: 'missing',
    },
    { name: 'an empty file', code: '⟦⟧', messageId: 'missing' },
    {
      name: 'front matter never closed',
      code: '⟦---⟧\n文书: 行政处罚决定书\n机关: 某局\n\n# 行政处罚决定书\n',
      messageId: 'unterminated',
    },
    {
      name: 'broken YAML: a key given twice',
      code: edit('领域: 安全生产\n', '领域: 安全生产\n⟦领域: 生态环境⟧\n'),
      messageId: 'yaml',
    },
    {
      name: 'a required key missing is reported at the opening fence',
      code: '⟦---⟧' + edit('机关: 张家港市应急管理局\n', '').slice(3),
      messageId: 'required',
      messageIncludes: '机关',
    },
    {
      name: 'a required nested key missing',
      code: edit('  决定: 2025-04-15\n', '').replace('程序:', '⟦程序⟧:'),
      messageId: 'required',
      messageIncludes: '决定',
    },
    { name: 'an impossible date', code: edit('立案: 2025-03-11', '立案: ⟦2025-02-30⟧'), messageId: 'date' },
    { name: 'a value outside the allowed set', code: edit('裁量: 一般', '裁量: ⟦普通⟧'), messageId: 'enum' },
    { name: 'a fine written as text', code: edit('罚款: 20000', '罚款: ⟦贰万元⟧'), messageId: 'type' },
    // YAML has .inf and .nan; JSON Schema (and Ajv) does not see them.
    { name: 'a fine of .inf', code: edit('罚款: 20000', '罚款: ⟦.inf⟧'), messageId: 'finite' },
    { name: 'a fine of .nan', code: edit('罚款: 20000', '罚款: ⟦.nan⟧'), messageId: 'finite' },
    {
      name: 'a count of -.inf anywhere',
      code: edit('首违: 否', '首违: 否\n附件数: ⟦-.inf⟧'),
      messageId: 'finite',
    },
    {
      name: 'a fine of 1e300 yuan is no plausible amount',
      code: edit('罚款: 20000', '罚款: ⟦1e300⟧'),
      messageId: 'maximum',
      messageIncludes: '1,000,000,000,000',
    },
    {
      name: 'confiscated gains beyond 一万亿元',
      code: edit('罚款: 20000', '罚款: 20000\n  没收违法所得: ⟦2000000000000⟧'),
      messageId: 'maximum',
    },
    { name: 'a negative fine', code: edit('罚款: 20000', '罚款: ⟦-1⟧'), messageId: 'minimum' },
  ],
});
