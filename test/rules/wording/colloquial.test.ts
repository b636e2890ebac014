import assert from 'node:assert/strict';
import Ajv from 'ajv';
import data from '../../../data/colloquial.json';
import schema from '../../../schemas/colloquial.schema.json';
import rule from '../../../server/src/rules/wording/colloquial';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认';
const ORDER = '一、责令当事人立即改正';

describe('data/colloquial.json', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });
  it('lists each word once', () => {
    const words = data.entries.map((e) => e.word);
    assert.equal(new Set(words).size, words.length);
  });
});

ruleTester(rule, {
  valid: [
    {
      name: 'a lane in an address (100弄) is not the verb',
      code: edit('住所：张家港市杨舍镇塘市工业园锦塘路9号', '住所：张家港市杨舍镇塘市工业园锦塘路100弄9号'),
    },
    { name: 'the clean base', code: BASE },
    {
      name: '弄虚作假 is a legal term',
      code: edit(FACT, '当事人存在弄虚作假行为，法定代表人周明远在接受询问时承认'),
    },
    {
      name: 'quoted speech keeps its words',
      code: edit(FACT, '当事人法定代表人周明远称“老板让补填的”，并在接受询问时承认'),
    },
    {
      name: '罚单 is no word of 被处罚单位 (words are matched as words)',
      code: edit('汨罗市恒锋新材料有限公司：', '被处罚单位：汨罗市恒锋新材料有限公司', PUBLISHED),
    },
    {
      name: 'a colloquial word inside the title of a document',
      code: edit('营业执照复印件', '《关于老板变更情况的说明》', PUBLISHED),
    },
  ],
  invalid: [
    {
      name: 'a colloquial word as a word of a published decision',
      messageId: 'colloquial',
      code: edit('擅自改变原材料和生产工艺', '⟦搞⟧违法生产，擅自改变原材料和生产工艺', PUBLISHED),
      findings: [
        {
          suggestions: ['从事', '进行'].map((w) =>
            edit('擅自改变原材料和生产工艺', `${w}违法生产，擅自改变原材料和生产工艺`, PUBLISHED),
          ),
        },
      ],
    },
    {
      name: 'a colloquial word in an evidence-table cell',
      messageId: 'colloquial',
      code: edit('执法人员询问当事人法定代表人周明远制作', '执法人员询问当事人⟦老板⟧周明远制作'),
      findings: [
        {
          suggestions: ['经营者', '负责人', '法定代表人'].map((w) =>
            edit('执法人员询问当事人法定代表人周明远制作', `执法人员询问当事人${w}周明远制作`),
          ),
        },
      ],
    },
    {
      name: 'a colloquial word with one certain alternative: fixed',
      code: edit(ORDER, '一、责令当事人⟦马上⟧改正'),
      messageId: 'colloquial',
      output: BASE,
    },
    {
      name: 'a colloquial word with several alternatives: suggestions only',
      code: edit(FACT, '当事人⟦老板⟧周明远在接受询问时承认'),
      messageId: 'colloquial',
      messageIncludes: '经营者',
      findings: [
        {
          suggestions: ['经营者', '负责人', '法定代表人'].map((w) =>
            edit(FACT, `当事人${w}周明远在接受询问时承认`),
          ),
        },
      ],
    },
    {
      name: 'an emotive judgement',
      code: edit(FACT, '当事人情节⟦非常恶劣⟧，法定代表人周明远在接受询问时承认'),
      messageId: 'emotive',
      // A suggestion replaces the word alone: after 情节 the first one reads 情节情节严重, which is
      // why it is offered for the officer to judge rather than applied.
      findings: [
        {
          suggestions: [
            edit(FACT, '当事人情节情节严重，法定代表人周明远在接受询问时承认'),
            edit(FACT, '当事人情节影响恶劣，法定代表人周明远在接受询问时承认'),
          ],
        },
      ],
    },
    {
      name: '屡教不改 from the catalog',
      code: edit(FACT, '当事人⟦屡教不改⟧，法定代表人周明远在接受询问时承认'),
      messageId: 'emotive',
      findings: [
        { suggestions: [edit(FACT, '当事人多次实施同一违法行为，法定代表人周明远在接受询问时承认')] },
      ],
    },
    {
      name: 'the longer entry wins: 弄坏 not 弄',
      messageId: 'colloquial',
      code: edit(FACT, '当事人将签到表⟦弄坏⟧，法定代表人周明远在接受询问时承认'),
      output: edit(FACT, '当事人将签到表损坏，法定代表人周明远在接受询问时承认'),
    },
    {
      name: '交罚款 in the payment clause',
      messageId: 'colloquial',
      code: edit('到指定银行缴纳罚款', '到指定银行⟦交罚款⟧'),
      output: BASE,
    },
  ],
});
