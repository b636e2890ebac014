import assert from 'node:assert/strict';
import table from '../../../data/chufa-fa-renumbering.json';
import { articleText, lawById } from '../../../server/src/core/laws';
import rule from '../../../server/src/rules/citation/superseded';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const PAY = '依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款';
const OLD = '依据《中华人民共和国行政处罚法》第五十一条第一项的规定，每日按罚款数额的百分之三加处罚款';
const NOTICE = '本机关于2025年4月1日向当事人送达了《行政处罚告知书》';

describe('citation/superseded: the renumbering table', () => {
  const law = lawById(table.law)!;
  for (const e of table.entries) {
    it(`2017 第${e.old.article}条 → 2021 第${e.new.article}条 is about ${e.topic.en} in the 2021 text`, () => {
      const text =
        articleText(law, e.new.article, e.new.paragraph, e.new.item) ?? articleText(law, e.new.article);
      assert.ok(text, `the 2021 text has no article ${e.new.article}`);
      assert.match(text!, new RegExp(e.keywords));
    });
  }
});

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'a 2018 decision citing 第五十一条 for the surcharge is right for its time',
      code: edit('决定: 2025-04-15', '决定: 2018-04-15', edit(PAY, OLD)),
    },
    {
      name: '第五十一条 for simple procedure is a 2021 citation',
      code: edit(
        NOTICE,
        `依照《中华人民共和国行政处罚法》第五十一条的规定当场作出决定的条件不具备。${NOTICE}`,
      ),
    },
    {
      name: 'no date of the decision, in the front matter or its signing block: silent',
      code: edit('  决定: 2025-04-15\n', '', edit('2025年4月15日\n\n（印章）', '（印章）', edit(PAY, OLD))),
    },
    {
      name: 'the signing block’s date says the decision was made under the 2017 text',
      code: edit(
        '  决定: 2025-04-15\n',
        '',
        edit('2025年4月15日\n\n（印章）', '2021年4月15日\n\n（印章）', edit(PAY, OLD)),
      ),
    },
  ],
  invalid: [
    {
      name: '第五十一条第一项 for the surcharge in 2025',
      code: edit(
        PAY,
        '依据《中华人民共和国行政处罚法》⟦第五十一条第一项⟧的规定，每日按罚款数额的百分之三加处罚款',
      ),
      messageId: 'old',
      messageIncludes: '第七十二条第一款第一项',
      findings: [{ suggestions: [BASE] }],
    },
    {
      name: '第三十一条 for the advance notice',
      messageId: 'old',
      code: edit(NOTICE, `依照《中华人民共和国行政处罚法》⟦第三十一条⟧的规定，${NOTICE}`),
      messageIncludes: '第四十四条',
      findings: [
        { suggestions: [edit(NOTICE, `依照《中华人民共和国行政处罚法》第四十四条的规定，${NOTICE}`)] },
      ],
    },
    {
      name: 'a decision dated 2021-07-15',
      messageId: 'old',
      code: edit(
        '决定: 2025-04-15',
        '决定: 2021-07-15',
        edit(NOTICE, `依照《中华人民共和国行政处罚法》⟦第四十二条⟧告知听证权利，${NOTICE}`),
      ),
      findings: [
        {
          suggestions: [
            edit(
              '决定: 2025-04-15',
              '决定: 2021-07-15',
              edit(NOTICE, `依照《中华人民共和国行政处罚法》第六十三条告知听证权利，${NOTICE}`),
            ),
          ],
        },
      ],
    },
  ],
});
