import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLaws, articleText, findLaw, lawInForce, lawOnDate, versionsOf } from '../../server/src/core/laws';

const root = join(__dirname, '..', '..');
const cnDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('core/laws: the version in force on a date', () => {
  it('行政复议法: the 2017 text to 2023-12-31, the 2023 text from 2024-01-01 (2023 text, Art. 90)', () => {
    assert.match(articleText(findLaw('行政复议法')!, 90)!, /本法自2024年1月1日起施行/);
    assert.equal(lawInForce('行政复议法', '2023-12-31')!.id, 'xingzheng-fuyi-fa-2017-superseded');
    assert.equal(lawInForce('中华人民共和国行政复议法', '2024-01-01')!.id, 'xingzheng-fuyi-fa-2023');
    const old = lawOnDate('行政复议法', '2020-05-01');
    assert.equal(old.status, 'in-force');
    assert.equal(old.status === 'in-force' && old.until, '2024-01-01');
  });

  it('行政处罚法: before 2021-07-15 an earlier text applies, which is not bundled (2021 text, Art. 86)', () => {
    assert.match(articleText(findLaw('行政处罚法')!, 86)!, /本法自2021年7月15日起施行/);
    const before = lawOnDate('行政处罚法', '2021-07-14');
    assert.equal(before.status, 'earlier-version');
    assert.equal(before.status === 'earlier-version' && before.next.inForce, '2021-07-15');
    assert.equal(lawInForce('行政处罚法', '2021-07-14'), undefined);
    assert.equal(lawInForce('行政处罚法', '2021-07-15')!.id, 'xingzheng-chufa-fa-2021');
  });

  it('before its first adoption a law was not enacted; a law not bundled is said so', () => {
    assert.equal(lawOnDate('行政处罚法', '1996-03-16').status, 'not-enacted');
    assert.equal(lawOnDate('行政处罚法', '1996-03-17').status, 'earlier-version');
    assert.equal(lawOnDate('中华人民共和国不存在法', '2024-01-01').status, 'not-bundled');
  });

  it('an amendment whose decision deferred its effect: 安全生产法 (2021) from 2021-09-01', () => {
    assert.equal(lawInForce('安全生产法', '2021-08-31'), undefined);
    assert.equal(lawInForce('安全生产法', '2021-09-01')!.version, '2021-06-10');
  });

  it('without a date, the current version; versions are listed oldest first', () => {
    assert.equal(lawInForce('行政复议法', undefined)!.id, 'xingzheng-fuyi-fa-2023');
    assert.deepEqual(
      versionsOf('行政复议法').map((l) => l.id),
      ['xingzheng-fuyi-fa-2017-superseded', 'xingzheng-fuyi-fa-2023'],
    );
  });

  describe('every in-force date rests on what its basis says', () => {
    for (const law of allLaws()) {
      it(`${law.id}: ${law.inForce} (${law.inForceBasis})`, () => {
        assert.ok(law.inForce && law.version && law.inForce >= law.version, 'in force on or after adoption');
        const text = readFileSync(join(root, 'data/laws', `${law.id}.md`), 'utf8');
        if (law.inForceBasis === 'header')
          assert.ok(law.source.includes(`In force from ${law.inForce}`), 'the header states it');
        if (law.inForceBasis === 'article')
          assert.ok(text.includes(`自${cnDate(law.inForce)}起施行`), 'the text states it');
        if (law.inForceBasis === 'info') assert.match(text, new RegExp(`${cnDate(law.inForce)}\\s*施行`));
        if (law.inForceBasis === 'version') assert.equal(law.inForce, law.version);
      });
    }
  });
});
