// mocha's spec reporter, followed by the list of suites that were skipped and what enables them
// (.mocharc.json names this file as the reporter).
import Mocha from 'mocha';
import { ENABLE_ALL, skippedSuites } from './skips';

class SpecWithSkips extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    // Registered after Spec's own handler: printed below "N passing".
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      if (!skippedSuites.length) return;
      const lines = ['', `  Skipped here (${skippedSuites.length}):`];
      for (const s of skippedSuites) {
        lines.push(`    - ${s.suite}: ${s.reason}${s.enable ? ` (enable: ${s.enable})` : ''}`);
      }
      if (skippedSuites.some((s) => s.enable)) lines.push(`  To run them all: ${ENABLE_ALL}, then npm test.`);
      console.log(lines.join('\n') + '\n');
    });
  }
}

export = SpecWithSkips;
