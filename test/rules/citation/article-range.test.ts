import assert from 'node:assert/strict';
import { articleCount, findLaw, itemCount, paragraphCount } from '../../../server/src/core/laws';
import rule from '../../../server/src/rules/citation/article-range';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const PAY = '依据《中华人民共和国行政处罚法》第七十二条第一款第一项';

describe('citation/article-range: the counts it relies on', () => {
  it('行政处罚法 has 86 articles (第八十六条 本法自2021年7月15日起施行)', () => {
    const law = findLaw('行政处罚法')!;
    assert.equal(articleCount(law), 86);
    assert.match(law.articles[85]!.text, /^第八十六条 本法自2021年7月15日起施行/);
  });
  it('第七十二条 has two paragraphs, the first with four items', () => {
    const law = findLaw('中华人民共和国行政处罚法')!;
    assert.equal(paragraphCount(law, 72), 2);
    assert.equal(itemCount(law, 72, 1), 4);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: 'an item without its paragraph',
      code: edit(PAY, '依据《中华人民共和国行政处罚法》第七十二条第四项'),
    },
    { name: 'an unknown law is not checked', code: edit(PAY, '依据《江苏省安全生产条例》第九百条') },
    {
      name: 'a decision of 2019 cites the 2017 行政处罚法, which is not bundled: not checked',
      code: edit(
        '  决定: 2025-04-15',
        '  决定: 2019-04-15',
        edit(PAY, '依据《中华人民共和国行政处罚法》第五十一条第一项'),
      ),
    },
    {
      name: 'a decision of 2024 reads the 2023 行政复议法 (90 articles)',
      code: edit(PAY, `${PAY}，并依照《中华人民共和国行政复议法》第八十条`),
    },
  ],
  invalid: [
    {
      name: 'a decision of 2023 reads the 2017 行政复议法, which has 43 articles',
      code: edit(
        '  决定: 2025-04-15',
        '  决定: 2023-06-15',
        edit(PAY, `${PAY}，并依照⟦《中华人民共和国行政复议法》第八十条⟧`),
      ),
      messageId: 'article',
      messageIncludes: '43',
    },
    {
      name: '行政处罚法第九十条 (it has 86)',
      code: edit(PAY, `依据${'⟦《中华人民共和国行政处罚法》第九十条⟧'}`),
      messageId: 'article',
      messageIncludes: '86',
    },
    {
      name: 'no such paragraph',
      code: edit(PAY, '依据⟦《中华人民共和国行政处罚法》第七十二条第三款⟧'),
      messageId: 'paragraph',
    },
    {
      name: 'no such item',
      code: edit(PAY, '依据⟦《中华人民共和国行政处罚法》第七十二条第一款第五项⟧'),
      messageId: 'item',
    },
    {
      name: 'a bare article after a named law is that law',
      code: edit(PAY, `${PAY}和⟦第九十九条⟧`),
      messageId: 'article',
    },
    { name: 'an unmarked short name', messageId: 'article', code: edit(PAY, '依据⟦行政处罚法第九十条⟧') },
  ],
});
