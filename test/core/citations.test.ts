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

describe('core/extract: amounts', () => {
  it('圆 and 正 are read; digits and uppercase are paired', () => {
    const m = draft('处以罚款人民币贰万圆正（¥20,000.00）。');
    assert.deepEqual(
      m.amounts.map((a) => [a.upper?.value, a.digits?.value, a.currency]),
      [[20000, 20000, true]],
    );
  });
});
