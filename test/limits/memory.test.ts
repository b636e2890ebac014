// An officer typing in one draft: the server re-checks the same document, a character changed each
// time, hundreds of times. What one check leaves behind (caches of paragraphs and sections) must
// stop growing once the caches are full; it once kept every version of the whole draft alive
// (105 → 174 MB over 600 re-lints). Heap figures after a full collection: bounds, not timings.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { memoByText, TextMemo } from '../../server/src/core/memo';
import { parseBlocks } from '../../server/src/core/markdown';
import { createCaseService } from '../../server/src/core/service';
import { allRules } from '../../server/src/rules';
import { edit } from '../helpers/ruleTester';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

/** Distinct long strings, each a draft of its own; a short piece is cut out of every one. */
function piecesOfDrafts(n: number, draftChars: number, keep: (piece: string) => unknown): void {
  for (let i = 0; i < n; i++) {
    const draft = `${i}：${'经查，当事人未如实记录安全生产教育和培训情况。'.repeat(draftChars / 24)}`;
    // As parse.ts cuts a section or a paragraph out of the draft.
    keep(draft.slice(0, 200));
  }
}

describe('limits: memory stays bounded while a draft is re-checked', function () {
  this.timeout(120000);

  it('a memo of paragraphs keeps its texts, not the drafts they were cut from', () => {
    const memo = memoByText((t) => t.length);
    const before = heapMB();
    // 300 drafts of 100,000 characters (200 KB each): kept whole, 60 MB.
    piecesOfDrafts(300, 100_000, memo);
    assert.ok(heapMB() - before < 15, `memo retained ${(heapMB() - before).toFixed(1)} MB`);
  });

  it('the section cache keeps its sections, not the drafts they were cut from', () => {
    const before = heapMB();
    piecesOfDrafts(300, 100_000, parseBlocks);
    assert.ok(heapMB() - before < 15, `section cache retained ${(heapMB() - before).toFixed(1)} MB`);
  });

  it('a memo holds at most its budget of characters, however long the texts', () => {
    let computed = 0;
    const memo = memoByText(
      (t) => {
        computed++;
        return t.length;
      },
      { chars: 10_000 },
    );
    for (let i = 0; i < 100; i++) memo(`${i}`.padEnd(1000, '甲'));
    // Only the recent ones are still held: asking again for the first computes it again.
    const before = computed;
    memo('99'.padEnd(1000, '甲'));
    assert.equal(computed, before, 'the latest text is held');
    memo('0'.padEnd(1000, '甲'));
    assert.equal(computed, before + 1, 'the oldest text was dropped');
  });

  it('an entry weighs what its owner says it does: findings count against the budget', () => {
    const memo = new TextMemo<string[]>({ chars: 10_000 });
    for (let i = 0; i < 5; i++) memo.add(`${i}`.padEnd(1000, '甲'), () => []);
    // The newest text's value grew (a rule's findings were kept beside it) to 8,000 characters'
    // worth: the oldest entries go to make room, as if the texts themselves were that long.
    memo.weigh('4'.padEnd(1000, '甲'), 8000);
    assert.notEqual(memo.get('4'.padEnd(1000, '甲')), undefined, 'the weighed entry is kept');
    assert.equal(memo.get('0'.padEnd(1000, '甲')), undefined, 'the oldest was dropped');
    memo.weigh('4'.padEnd(1000, '甲'), 20_000);
    assert.equal(memo.get('4'.padEnd(1000, '甲')), undefined, 'beyond the whole budget it is not kept');
  });

  it('re-checks of one draft of constant size, one character changed each time', () => {
    // A long fact paragraph in a section of its own, so that each check adds to every cache a
    // paragraph and a section of some size and the caches fill within the run.
    const fact = '经查，当事人未如实记录安全生产教育和培训情况，缴纳罚金。'.repeat(700);
    const base = edit('## 违法事实\n', `## 违法事实\n\n### 补充\n\n${fact}\n\n### 其余\n`);
    const at = base.indexOf(fact) + fact.length / 2;
    const version = (i: number) =>
      base.slice(0, at) + String(i % 10_000).padStart(4, '0') + base.slice(at + 4);
    const service = createCaseService({ rules: allRules });
    const recheck = (i: number) => service.lint(service.parse(version(i), 'file:///limits/typing.case.md'));

    const findings = recheck(0);
    assert.ok(
      findings.some((d) => d.rule === 'wording/nonstandard-term'),
      'the dictionary path runs',
    );
    for (let i = 1; i < 60; i++) recheck(i);
    const filled = heapMB();
    for (let i = 60; i < 100; i++) recheck(i);
    const grown = heapMB() - filled;
    // Kept whole, each version of the draft (45 KB) stayed alive in five caches: 40 more checks,
    // some 20 MB. Bounded caches, full after the first 60 (1 MB of sections, 500,000 characters
    // of paragraphs): the heap no longer grows.
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 40 more checks`);
  });
});
