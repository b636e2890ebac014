// Suites that cannot run here (a tool is not installed, the team's shared folder is absent) say
// why through skipSuite; the reporter (test/helpers/reporter.ts) lists them at the very end of the
// run with the command that enables them, where a person reading `npm test` looks.
import type { Context } from 'mocha';

export interface SkippedSuite {
  suite: string;
  reason: string;
  /** The command that makes the suite run here, if there is one. */
  enable?: string;
}

export const skippedSuites: SkippedSuite[] = [];

/** Installs every tool the skippable suites need (Debian packages, code-server): scripts/ci/setup-*.sh. */
export const ENABLE_ALL = 'npm run setup:tests';

/** Skips the suite of the `before` hook it is called from (or the test it is called in), and records why. */
export function skipSuite(ctx: Context, reason: string, enable?: string): never {
  const runnable = ctx.test as (Mocha.Runnable & { type?: string }) | undefined;
  const suite = (runnable?.type === 'hook' ? runnable.parent?.fullTitle() : runnable?.fullTitle()) ?? '?';
  if (!skippedSuites.some((s) => s.suite === suite)) skippedSuites.push({ suite, reason, enable });
  console.log(`      skipped: ${reason}`);
  ctx.skip();
}
