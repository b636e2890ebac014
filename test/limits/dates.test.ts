// A date near the end of the calendar once made the working-day count loop forever (issue 14): one
// such edit kept the server at 100 % CPU. Every date of 程序 in late 9999, with every rule: the lint
// ends (within mocha's timeout; no timing asserted), reports the dates, and computes no period.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { buildTimeline } from '../../server/src/core/timeline';
import { resolveConfig } from '../../server/src/core/config';
import { translator } from '../../server/src/core/translate';
import { allRules } from '../../server/src/rules';

const translate = translator(allRules);

const BASE = readFileSync(join(__dirname, '..', 'fixtures', 'base-decision.case.md'), 'utf8');

describe('limits: dates at the end of the calendar', () => {
  for (const step of ['立案', '告知送达', '决定', '送达', '违法行为发生']) {
    it(`程序.${step} in late 9999`, () => {
      const text = BASE.replace(new RegExp(`(\\n  ${step}: )\\d{4}-\\d{2}-\\d{2}`), '$19999-12-28');
      assert.notEqual(text, BASE, `the base has 程序.${step}`);
      const model = parseCase(text, 'file:///late.case.md');
      const found = lintModel(model, { rules: allRules });
      const fm = found
        .filter((d) => d.rule === 'structure/front-matter')
        .map((d) => translate(d, 'zh-cn').message);
      assert.ok(
        fm.some((m) => m.includes(`程序.${step}`)),
        JSON.stringify(fm),
      );
      assert.ok(!found.some((d) => d.rule === 'casedraft/internal-error'), 'no rule crashed');
      const t = buildTimeline(model, resolveConfig());
      assert.ok(!t.deadlines.some((d) => d.start.startsWith('9999') || d.due.startsWith('9999')));
    });
  }
});
