import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blanksIn, isBlank, templateBlanks } from '../../server/src/core/placeholders';
import { allRules } from '../../server/src/rules';
import { lintFolder } from '../helpers/caseTester';

describe('core/placeholders: the blanks of the templates', () => {
  it('are read from the templates: every （…） but the seal mark, and 罚款: 0', () => {
    const { tokens, zeroPaths } = templateBlanks();
    for (const t of [
      '（当事人全称）',
      '（法律全称）',
      '（）',
      '（执法证号）',
      '（大写金额）',
      '（¥0.00）',
      '（人民政府全称）',
    ])
      assert.ok(tokens.has(t), t);
    assert.ok(!tokens.has('（印章）'));
    assert.deepEqual(zeroPaths, ['处罚.罚款']);
  });
  it('are found in a text, with X-dates', () => {
    assert.deepEqual(
      blanksIn('违反了《（法律全称）》第（）条的规定，于2025年X月X日送达（印章）').map((b) => b.token),
      ['（法律全称）', '（）', '2025年X月X日'],
    );
    assert.deepEqual(blanksIn('张家港市人民政府（以下简称市政府）'), []);
  });
  it('a front-matter value that is a blank is not a fact', () => {
    assert.ok(isBlank('（当事人全称）'));
    assert.ok(isBlank(0, ['处罚', '罚款']));
    assert.ok(!isBlank(0, ['处罚', '没收违法所得']));
    assert.ok(!isBlank('张家港市某某化工有限公司'));
  });
});

// Issue 15/16: a blank is reported once, by structure/placeholder; to every other rule it is absent
// and already reported. The templates as a new case folder holds every blank the product ships.
describe('core/placeholders: a blank is reported once', () => {
  const dir = join(__dirname, '..', '..', 'data', 'templates');
  const folder = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.case.md'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
  for (const [file, found] of lintFolder(allRules, folder)) {
    it(`${file}: no other rule reports a span structure/placeholder reports`, () => {
      const blanks = found.filter((d) => d.rule === 'structure/placeholder');
      assert.ok(blanks.length > 0, 'the template has blanks');
      const twice = found.filter(
        (d) =>
          d.rule !== 'structure/placeholder' &&
          blanks.some((b) => d.span.start < b.span.end && b.span.start < d.span.end),
      );
      assert.deepEqual(
        twice.map((d) => `${d.rule}/${d.messageId} at ${d.span.start}`),
        [],
      );
    });
  }
});
