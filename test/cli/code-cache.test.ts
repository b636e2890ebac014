import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run';

/**
 * Runs bin/casedraft.js in a node that reports, on stderr, each code cache the loader reads and
 * whether V8 took it. The caches are made by `npm run build` (npm test builds first).
 */
function cachesRead(args: string[]): { cache: string; rejected: boolean }[] {
  const probe = `
    const fs = require('node:fs');
    const vm = require('node:vm');
    const read = fs.readFileSync;
    const seen = [];
    fs.readFileSync = (p, ...rest) => {
      if (String(p).endsWith('.cache')) seen.push({ cache: require('node:path').basename(String(p)) });
      return read(p, ...rest);
    };
    const Script = vm.Script;
    vm.Script = class extends Script {
      constructor(code, options) {
        super(code, options);
        if (options && options.cachedData) seen[seen.length - 1].rejected = this.cachedDataRejected;
      }
    };
    process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(seen)));
    process.argv.splice(1, 0, ${JSON.stringify(join(ROOT, 'bin/casedraft.js'))});
    require(${JSON.stringify(join(ROOT, 'bin/casedraft.js'))});
  `;
  const r = spawnSync(process.execPath, ['-e', probe, ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(r.stderr.trim().split('\n').pop()!);
}

describe('casedraft: the CLI starts from the code cache made for its command', () => {
  before(function () {
    // npm test builds first; a bare mocha run may meet a dist/ from before the export's cache.
    if (existsSync(join(ROOT, 'dist/cli.js.export.cache'))) return;
    this.timeout(120000);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('a lint reads cli.js.cache, and V8 takes it', () => {
    assert.deepEqual(cachesRead(['lint', 'examples/clean/decision.case.md']), [
      { cache: 'cli.js.cache', rejected: false },
    ]);
  });

  it('an export reads cli.js.export.cache, made from an export, and V8 takes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-cache-'));
    try {
      const out = join(dir, 'x.docx');
      assert.deepEqual(cachesRead(['export', 'examples/clean/decision.case.md', '-o', out]), [
        { cache: 'cli.js.export.cache', rejected: false },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
