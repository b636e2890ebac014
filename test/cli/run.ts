import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The team's reference samples, committed in the project (test/fixtures/shared/README.md). */
export const SHARED = join(ROOT, 'test', 'fixtures', 'shared');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) as an officer would. */
export function cli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/casedraft.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CASEDRAFT_LOCALE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function noStackTrace(s: string): boolean {
  return !/\n\s+at .+\(.+:\d+:\d+\)/.test(s);
}
