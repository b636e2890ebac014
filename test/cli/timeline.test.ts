import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from './run';

describe('casedraft timeline', () => {
  it('checks the draft in its environment: the agency catalog found beside it applies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-timeline-'));
    // A no-penalty decision claiming 首违不罚 that proves every element CaseDraft asks by default.
    copyFileSync(join(ROOT, 'test/fixtures/prior-violation/later.case.md'), join(dir, 'later.case.md'));
    const plain = cli(['timeline', 'later.case.md'], dir);
    assert.equal(plain.code, 0, plain.stderr);
    assert.doesNotMatch(plain.stdout, /first-violation-elements/);

    // The agency's catalog asks one element more for this violation; lint and timeline both see it.
    writeFileSync(
      join(dir, 'agency-catalog.json'),
      JSON.stringify({
        entries: [
          {
            id: 'agency-training-records',
            name: '未如实记录安全生产教育和培训情况',
            field: '安全生产',
            firstViolation: { applicable: true, elements: [{ name: '整改到位', match: ['整改验收'] }] },
          },
        ],
      }),
    );
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ catalogs: ['agency-catalog.json'] }));
    const lint = cli(['lint', 'later.case.md', '--format', 'json'], dir);
    assert.match(lint.stdout, /procedure\/first-violation-elements/);
    const withCatalog = cli(['timeline', 'later.case.md'], dir);
    assert.equal(withCatalog.code, 0, withCatalog.stderr);
    assert.match(withCatalog.stdout, /procedure\/first-violation-elements/);
    assert.match(withCatalog.stdout, /整改到位/);
  });
});
