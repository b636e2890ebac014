// A local check's kept findings (core/local-checks.ts) must be what the check would find now: a
// check that reads anything beyond its piece's text, kind and declared inputs would serve one
// draft the findings made for another. Two processes lint the same drafts — every draft of the
// repository and the real corpus, and each again with what its paragraphs do not show changed
// (the decision's date across 2021-07-15, the party's type) — one from first to last, the other
// from last to first, so each draft meets memos filled by different drafts; every draft's
// findings must be the same in both.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { globSync } from 'tinyglobby';

const ROOT = join(__dirname, '../..');

/** The draft as written, and with a context its paragraphs do not show made different. */
function variants(name: string, text: string): { name: string; text: string }[] {
  const out = [{ name, text }];
  const dated = text.replace(
    /^(\s+决定: )(\d{4})(-\d\d-\d\d)$/m,
    (_, k: string, y: string, rest: string) => `${k}${Number(y) >= 2022 ? '2019' : '2024'}${rest}`,
  );
  if (dated !== text) out.push({ name: `${name} (decided in another year)`, text: dated });
  const typed = text.replace(
    /^(\s+类型: )(单位|个人)$/m,
    (_, k: string, t: string) => `${k}${t === '单位' ? '个人' : '单位'}`,
  );
  if (typed !== text) out.push({ name: `${name} (the other type of party)`, text: typed });
  return out;
}

describe('engine: local checks give the same findings whatever was linted before', function () {
  this.timeout(120000);
  it('two processes, opposite orders, the same findings for every draft', async () => {
    const files = globSync(
      [
        'examples/**/*.case.md',
        'data/templates/*.case.md',
        'test/fixtures/**/*.case.md',
        'test/corpus/real/*/*.case.md',
      ],
      { cwd: ROOT },
    ).sort();
    const drafts = files.flatMap((f) => variants(f, readFileSync(join(ROOT, f), 'utf8')));
    assert.ok(drafts.length > 100, `${drafts.length} drafts`);
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-order-'));
    try {
      const list = join(dir, 'drafts.json');
      writeFileSync(list, JSON.stringify(drafts));
      const run = (order: string) =>
        promisify(execFile)(
          process.execPath,
          ['--require', 'tsx/cjs', join(__dirname, '../helpers/lintInOrder.ts'), list, order],
          { cwd: ROOT, maxBuffer: 1 << 28 },
        ).then((r) => JSON.parse(r.stdout) as [string, unknown][]);
      const [forward, reverse] = await Promise.all([run('forward'), run('reverse')]);
      assert.equal(forward.length, drafts.length);
      const differ = forward.filter((f, i) => JSON.stringify(f[1]) !== JSON.stringify(reverse[i]![1]));
      assert.deepEqual(
        differ.map((f) => f[0]),
        [],
        'drafts whose findings depend on what was linted before',
      );
      // The variants are not vacuous: a different context gives some drafts different findings.
      const byName = new Map(forward);
      assert.ok(
        forward.some(
          ([n, f]) =>
            n.endsWith('(decided in another year)') &&
            JSON.stringify(f) !== JSON.stringify(byName.get(n.replace(' (decided in another year)', ''))),
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
