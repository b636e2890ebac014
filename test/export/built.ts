import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cli/run';

/** npm test builds first; a bare `mocha test/export` may meet a bundle older than these commands. */
export function ensureBuilt(): void {
  const dist = join(ROOT, 'dist/cli.js');
  if (
    existsSync(dist) &&
    /exportCommand[\s\S]*guidanceCommand|guidanceCommand[\s\S]*exportCommand/.test(readFileSync(dist, 'utf8'))
  )
    return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}
