import assert from 'node:assert/strict';
import { resolveCitations } from '../../server/src/core/citations';
import { parseCase } from '../../server/src/core/parse';

const draft = (body: string) =>
  parseCase(
    `---\n文书: 行政处罚决定书\n---\n\n# 行政处罚决定书\n\n## 违法事实\n\n${body}\n`,
    'file:///c.case.md',
  );

const cites = (body: string) => {
  const m = draft(body);
  return resolveCitations(m).map((r) => ({
    text: m.text.slice(r.citation.span.start, r.citation.span.end),
    law: r.citation.law,
    resolved: r.law?.id,
    a: r.citation.article?.value,
    p: r.citation.paragraph?.value,
    i: r.citation.item?.value,
  }));
};

describe('core/extract + core/citations: law citations', () => {
  it('article, paragraph and item: 第七十二条第一款第一项', () => {
    assert.deepEqual(cites('依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定。'), [
      {
        text: '《中华人民共和国行政处罚法》第七十二条第一款第一项',
        law: '中华人民共和国行政处罚法',
        resolved: 'xingzheng-chufa-fa-2021',
        a: 72,
        p: 1,
        i: 1,
      },
    ]);
  });
  it('an unmarked name is cut from the words before it', () => {
    const [c] = cites('当事人的行为违反了水污染防治法第10条的规定。');
    assert.equal(c!.text, '水污染防治法第10条');
    assert.equal(c!.law, '水污染防治法');
    assert.equal(c!.resolved, 'shui-wuran-fangzhi-fa-2017');
  });
  it('a bare 第X条 after a named law is the same law; 本法 is not a name', () => {
    const c = cites('违反了《中华人民共和国安全生产法》第二十八条第四款和第九十七条，以及本法第三条。');
    assert.deepEqual(
      c.map((x) => [x.text, x.law, x.resolved]),
      [
        [
          '《中华人民共和国安全生产法》第二十八条第四款',
          '中华人民共和国安全生产法',
          'anquan-shengchan-fa-2021',
        ],
        ['第九十七条', undefined, 'anquan-shengchan-fa-2021'],
        ['第三条', undefined, 'anquan-shengchan-fa-2021'],
      ],
    );
  });
  it('items in brackets: 第九十七条第（七）项', () => {
    assert.equal(cites('依据《中华人民共和国安全生产法》第九十七条第（七）项。')[0]!.i, 7);
  });
  it('a bare article in a paragraph of its own has no law', () => {
    assert.equal(cites('依照第三十五条处理。')[0]!.resolved, undefined);
  });
});

describe('core/citations: what is a citation of law, and which version (real decisions)', () => {
  const dated = (date: string, body: string) =>
    parseCase(
      `---\n文书: 行政处罚决定书\n程序:\n  决定: ${date}\n---\n\n# 行政处罚决定书\n\n## 违法事实\n\n${body}\n`,
      'file:///c.case.md',
    );
  it('第1条生产线 counts production lines: no article', () => {
    assert.deepEqual(cites('你公司第1条生产线未配套建设污染防治设施。'), []);
  });
  it('a version note between the name and the article belongs to the name', () => {
    const [c] = cites('违反了《中华人民共和国土地管理法》（2004年8月28日第二次修正）第二条第三款的规定。');
    assert.equal(c!.law, '中华人民共和国土地管理法');
    assert.equal(c!.a, 2);
  });
  it('an insurer’s 《……条款》 numbered 第N条 is no law; a regulation not bundled is one', () => {
    const m = draft('依据《机动车综合商业保险示范条款》第3条和《生产安全事故应急预案管理办法》第三十六条。');
    assert.deepEqual(
      m.lawCitations.map((c) => [c.law, c.legal]),
      [
        ['机动车综合商业保险示范条款', false],
        ['生产安全事故应急预案管理办法', true],
      ],
    );
  });
  it('the 行政复议法 of the decision’s date: 2017 before 2024-01-01, 2023 from then', () => {
    const cite = '可以依照《中华人民共和国行政复议法》第九条申请行政复议。';
    assert.equal(
      resolveCitations(dated('2023-12-29', cite))[0]!.law?.id,
      'xingzheng-fuyi-fa-2017-superseded',
    );
    assert.equal(resolveCitations(dated('2024-01-02', cite))[0]!.law?.id, 'xingzheng-fuyi-fa-2023');
  });
  it('the 行政处罚法 before 2021-07-15 is the 2017 text, which is not bundled: known, not checkable', () => {
    const [r] = resolveCitations(
      dated('2019-03-06', '根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定。'),
    );
    assert.equal(r!.law, undefined);
    assert.equal(r!.status, 'earlier-version');
  });
});

describe('core/extract: amounts', () => {
  it('圆 and 正 are read; digits and uppercase are paired', () => {
    const m = draft('处以罚款人民币贰万圆正（¥20,000.00）。');
    assert.deepEqual(
      m.amounts.map((a) => [a.upper?.value, a.digits?.value, a.currency]),
      [[20000, 20000, true]],
    );
  });
});
