// The CLI's worker threads (runLint → dist/worker.js, for runs of 200+ drafts) must give exactly
// the findings of a one-thread run, cross-document ones included. Spawns the built CLI.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../cli/run';

function lint(dir: string, workers: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/casedraft.js'), 'lint', '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, CASEDRAFT_LOCALE: '', CASEDRAFT_WORKERS: workers },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('limits: CLI worker threads', function () {
  this.timeout(300000);

  it('250 drafts, with prior-violation findings: two workers = one thread, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-workers-'));
    try {
      cpSync(join(ROOT, 'test/fixtures/prior-violation'), join(dir, 'pv'), { recursive: true });
      const base = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
      for (let i = 0; i < 250; i++) {
        let text = base
          .replaceAll('锦帆精密机械', `锦帆${i % 50}精密机械`)
          .replace('〔2025〕8号', `〔2025〕${i + 1}号`);
        // Every fifth draft claims a first violation against a party earlier drafts already fined.
        if (i % 5 === 0) text = text.replace('首违: 否', '首违: 是');
        writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.case.md`), text);
      }
      const one = lint(dir, '0');
      const two = lint(dir, '2');
      assert.equal(two.code, one.code, two.stderr);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.stdout, one.stdout);
      const results = JSON.parse(one.stdout) as { diagnostics: { rule: string }[] }[];
      assert.equal(results.length, 250 + 2);
      assert.ok(
        results.some((r) => r.diagnostics.some((d) => d.rule === 'procedure/prior-violation')),
        'no cross-document finding to compare',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
