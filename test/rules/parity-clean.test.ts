import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';
import { ROOT, SHARED } from '../cli/run';
import { messageOf } from '../helpers/words';

/** The parity rules (spec rules.md, last table) and the redaction preview. */
const PARITY = new Set([
  'evidence/fact-elements',
  'wording/unbalanced-marks',
  'wording/duplicate-punctuation',
  'wording/colloquial',
  'wording/defined-term',
  'wording/boilerplate',
  'structure/id-checksum',
  'structure/publication-notice',
  'structure/redaction-preview',
]);

describe('parity rules on the clean decisions', () => {
  it('every parity rule is registered', () => {
    assert.deepEqual(allRules.filter((r) => PARITY.has(r.meta.id)).length, PARITY.size);
  });

  const drafts = [
    join(ROOT, 'test/fixtures/base-decision.case.md'),
    join(ROOT, 'examples/clean/decision.case.md'),
    join(SHARED, 'examples/2024-fh-017/decision.case.md'),
  ];
  for (const path of drafts) {
    it(`none of them fires on ${path.replace(ROOT, '.').replace(SHARED, '<shared>')}`, function () {
      const model = parseCase(readFileSync(path, 'utf8'), `file://${path}`);
      const found = lintModel(model, { rules: allRules.filter((r) => PARITY.has(r.meta.id)) });
      assert.deepEqual(
        found.map((d) => `${d.range.start.line + 1} ${d.rule}: ${messageOf(d)}`),
        [],
      );
    });
  }
});
