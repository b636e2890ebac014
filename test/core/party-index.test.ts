import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLint } from '../../server/src/cli/lint';
import { parseCase } from '../../server/src/core/parse';
import { partyIdOf, partyIndex } from '../../server/src/core/party-index';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import priorViolation from '../../server/src/rules/procedure/prior-violation';
import { messageOf } from '../helpers/words';

const DIR = join(__dirname, '..', 'fixtures', 'prior-violation');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');

describe('core/party-index', () => {
  it('indexes decisions by a valid party id and field', () => {
    const a = parseCase(read('earlier.case.md'), 'file:///a.case.md');
    const b = parseCase(read('later.case.md'), 'file:///b.case.md');
    const idx = partyIndex(new InMemoryWorkspace([a, b]));
    assert.deepEqual(
      idx.decisions('91320582MA27RT5K3T', '安全生产').map((d) => d.文号),
      ['张应急罚决字〔2024〕31号', '张应急不罚字〔2025〕3号'],
    );
    assert.deepEqual(idx.decisions('91320582MA27RT5K3T', '消防'), []);
  });
  it('ignores an id whose check character is wrong', () => {
    assert.equal(
      partyIdOf(parseCase(read('earlier.case.md').replace(/91320582MA27RT5K3T/g, '91320582MA27RT5K3A'))),
      undefined,
    );
  });
  it('the CLI lints a case folder as one workspace and finds the earlier decision', () => {
    const run = runLint({ paths: [DIR], rules: [priorViolation] });
    const byFile = Object.fromEntries(run.results.map((r) => [r.file.replace(/.*\//, ''), r.diagnostics]));
    assert.deepEqual(byFile['earlier.case.md'], []);
    const [d] = byFile['later.case.md'] ?? [];
    assert.ok(d && messageOf(d).includes('张应急罚决字〔2024〕31号'));
    assert.match(d.related?.[0]?.uri ?? '', /earlier\.case\.md$/);
  });
});
