// An agency's data files (catalog, dictionary) that are malformed: refused with a clear message
// naming the file and what is wrong, never half used, never echoing the file's bytes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CatalogError, catalogEntries } from '../../server/src/core/catalog';
import { BASE } from '../helpers/ruleTester';
import { cli, noStackTrace } from '../cli/run';
import { startServer, type TestClient } from '../server/lspClient';

/** A catalog entry for the base draft's violation whose fine range the rules cannot read. */
const SECRET = 'SECRET-BYTES-7f3a';
const badCatalog = {
  entries: [
    {
      id: 'bad-entry',
      name: '未如实记录安全生产教育和培训情况',
      field: '安全生产',
      fines: [{ min: SECRET, max: 50000, quote: '处十万元以下的罚款' }],
      evidence: [{ name: '培训档案' }],
    },
  ],
};

describe('hostile data files: catalogs', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-data-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('a catalog entry that does not fit the schema is refused, with the paths that are wrong', () => {
    assert.throws(
      () => catalogEntries(badCatalog, 'agency.json'),
      (err: Error) =>
        err instanceof CatalogError &&
        /agency\.json/.test(err.message) &&
        /\/entries\/0\/fines\/0\/min/.test(err.message) &&
        /\/entries\/0\/evidence\/0/.test(err.message) &&
        !err.message.includes(SECRET),
    );
    assert.throws(() => catalogEntries({ entries: 'x' }), CatalogError);
    assert.throws(() => catalogEntries(null), CatalogError);
    assert.equal(catalogEntries({ entries: [] }).length, 0);
  });

  it('the CLI: exit 2, the file and the problem named, nothing checked with half a catalog', () => {
    writeFileSync(join(dir, 'agency.json'), JSON.stringify(badCatalog));
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ catalogs: ['agency.json'] }));
    writeFileSync(join(dir, 'a.case.md'), BASE);
    const r = cli(['lint', '--locale', 'en', join(dir, 'a.case.md')]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /agency\.json/);
    assert.match(r.stderr, /catalog does not fit its schema/);
    assert.ok(!r.stderr.includes(SECRET) && !r.stdout.includes(SECRET));
    assert.ok(noStackTrace(r.stderr), r.stderr);
  });

  it('the server: the problem is shown to the officer and logged; the draft is still checked', async () => {
    writeFileSync(join(dir, 'agency.json'), JSON.stringify(badCatalog));
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ catalogs: ['agency.json'] }));
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE.replace('罚款: 20000', '罚款: 20000000'));
    const shown = await client.waitForShown((m) => /agency\.json/.test(m));
    assert.match(shown, /合规清单不符合|catalog does not fit/);
    assert.ok(!shown.includes(SECRET));
    // The bundled catalog still applies: the range check runs and finds the fine above the statutory maximum.
    const ds = await client.waitForDiagnostics(uri);
    assert.ok(
      ds.some((d) => d.code === 'penalty/statutory-range'),
      JSON.stringify(ds.map((d) => d.code)),
    );
  });
});
