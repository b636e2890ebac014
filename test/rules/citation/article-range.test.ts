import assert from 'node:assert/strict';
import { articleCount, findLaw, itemCount, paragraphCount } from '../../../server/src/core/laws';
import rule from '../../../server/src/rules/citation/article-range';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const PAY = '依据《中华人民共和国行政处罚法》第七十二条第一款第一项';

// The real sentences of corpus document 41 (益阳, 2018): it cites 《药品管理法》第四十九条第三款第（六）项
// of the 2015 text; the only bundled text, in force from 2019-12-01, has an Art. 49 of three paragraphs without items.
const DRUG = '《中华人民共和国药品管理法》第四十九条第三款第（六）项';
const yiyang = (procedure: string, filed = '2018年10月17日', cited = DRUG) => `---
文书: 行政处罚决定书
文号: （益）食药监行罚〔2018〕21号
当事人:
  类型: 单位
  名称: 安化县春天大药房
${procedure}导入自: source.txt
节选: 是
---

# 益阳市食品药品监督管理局 行政处罚决定书 （（益）食药监行罚〔2018〕21号 ）

<!-- casedraft-section: 违法事实 -->

${filed}，我局对安化县春天大药房涉嫌销售劣药天麻胶囊的行为予以立案调查。

上述药品经湘西自治州食品药品检验所检验，水分不符合规定，依据${cited}的规定，按劣药论处。
`;

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
    {
      name: 'undated, made on or after its 立案 of 2018: the 2015 text can apply, so nothing is certain',
      code: yiyang('程序:\n  立案: 2018-10-17\n'),
    },
    {
      name: 'undated, the 立案 only in the text: the same',
      code: yiyang(''),
    },
    {
      name: 'a deadline it sets (「2020年1月1日前」) is no day it reports: still undated 2018',
      code: yiyang('', '2018年10月17日', `${DRUG}（限2020年1月1日前改正）`),
    },
  ],
  invalid: [
    {
      name: 'the same citation in a decision dated 2020 reads the 2019 text: no such item',
      code: yiyang('程序:\n  立案: 2020-03-02\n  决定: 2020-06-01\n', '2020年3月2日', `⟦${DRUG}⟧`),
      messageId: 'item',
      messageIncludes: '第四十九条',
    },
    {
      name: 'undated, but every date it states is after 2019-12-01: only the 2019 text can apply',
      code: yiyang('', '2020年3月2日', `⟦${DRUG}⟧`),
      messageId: 'item',
    },
    {
      name: 'undated, its 文号 of 2020 says it was made in 2020 or later',
      code: edit('〔2018〕21号\n当事人', '〔2020〕21号\n当事人', yiyang('', '当月', `⟦${DRUG}⟧`)),
      messageId: 'item',
    },
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
