// The block parser's fast path (core/plain-paragraphs.ts) must give, for every piece it accepts,
// the tree remark gives: the same nodes, values and positions (the case model's spans and the
// printer's words come from them).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { blockSkeleton, remarkBlocks } from '../../server/src/core/markdown';
import { plainParagraphs } from '../../server/src/core/plain-paragraphs';

const ROOT = join(__dirname, '../..');

/** Accepted by the fast path: then equal to remark's tree. */
function check(text: string): boolean {
  const fast = plainParagraphs(text);
  if (!fast) return false;
  const slow = remarkBlocks(blockSkeleton(text));
  assert.ok(isDeepStrictEqual(fast, slow), `${JSON.stringify(text)}\n${JSON.stringify(slow)}`);
  return true;
}

/** Pieces of characters the fast path reads and characters that send a piece to remark. */
const piece = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc.constantFrom(
          '当',
          '事',
          '人',
          '：',
          '，',
          '。',
          '〔',
          '〕',
          '（',
          '）',
          '𠀀',
          '\u00a0',
          '\u3000',
        ),
        weight: 12,
      },
      {
        arbitrary: fc.constantFrom(
          '0',
          '1',
          '9',
          '2025',
          'A',
          'Mn',
          'x',
          '[证据1]',
          '(',
          ')',
          ',',
          '.',
          ':',
          '-',
          '/',
          '%',
          '*',
          '_',
          '`',
          '<',
          '>',
          '&',
          '\\',
          '#',
          '=',
          '!',
          '~',
          '"',
        ),
        weight: 6,
      },
      { arbitrary: fc.constantFrom('\n', '\n\n', '\n\n\n'), weight: 4 },
      {
        arbitrary: fc.constantFrom(
          ' ',
          '  ',
          '\t',
          '\r',
          '\r\n',
          '|',
          '@',
          'www.',
          'http://',
          '\ufeff',
          '\u2028',
          '\u0085',
          '\0',
          '1. ',
          '1) ',
          '- ',
          '> ',
        ),
        weight: 1,
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('core: the plain-paragraph fast path equals remark', () => {
  it('on generated pieces (what it accepts)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(piece, (text) => {
        if (check(text)) accepted++;
      }),
      { numRuns: 5000, seed: 7 },
    );
    // Else the property above compared nothing.
    assert.ok(accepted > 500, `only ${accepted} accepted`);
  });

  it('on every paragraph and run of paragraphs of the repository’s drafts', () => {
    const files = globSync(['examples/**/*.case.md', 'test/**/*.case.md'], { cwd: ROOT });
    let accepted = 0;
    for (const f of files) {
      const paragraphs = readFileSync(join(ROOT, f), 'utf8').split(/(?<=\n\n)/);
      for (let i = 0; i < paragraphs.length; i++)
        for (let n = 1; n <= 3 && i + n <= paragraphs.length; n++)
          if (check(paragraphs.slice(i, i + n).join(''))) accepted++;
    }
    assert.ok(accepted > 500, `only ${accepted} accepted`);
  });

  it('reads a draft’s own paragraphs and leaves the rest to remark', () => {
    for (const text of [
      '当事人：张家港市锦帆精密机械0001有限公司\n\n',
      '统一社会信用代码：91320582MA27R0000M\n\n',
      '2025年3月10日，执法人员检查时发现，……[证据1][证据2]\n\n',
      '\n\n第一段\n第二行\n\n\n第二段',
      // U+3000 is no Markdown space: 空两格 with it is a paragraph's text.
      '　　空两格的段落\n',
      '',
      '\n',
    ])
      assert.ok(check(text), text);
    for (const text of [
      '1. 第一项\n',
      '1) 第一项\n',
      '- 一项\n',
      '# 标题\n',
      '> 引文\n',
      '中文  \n次行\n',
      '中文\r\n',
      '邮箱a@b.cn\n',
      '网址www.example.cn\n',
      '甲|乙\n---|---\n',
      '\ufeff中文\n',
    ])
      assert.equal(plainParagraphs(text), undefined, text);
  });
});
