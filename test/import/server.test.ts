// casedraft/import over stdio, as the editor's "Import Decision…" uses it: the server reads the
// original and returns the draft and where it goes; it writes nothing itself.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from '../server/lspClient';

type ImportResult = { text: string; target: string; missing: string[] } | { error: string };

describe('import: casedraft/import in the language server', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-lsp-import-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the draft of an original and X.case.md beside it; reports a bad file as an error', async () => {
    writeFileSync(join(dir, '决定书.txt'), '行政处罚决定书\n当事人：某某化工有限公司\n经查，当事人……');
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    client = await startServer();
    const ok = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, '决定书.txt')).href,
    });
    assert.ok('text' in ok, JSON.stringify(ok));
    assert.equal(ok.target, pathToFileURL(join(dir, '决定书.case.md')).href);
    assert.match(ok.text, /\n导入自: 决定书\.txt\n/);
    assert.ok(ok.missing.includes('文号'));
    assert.equal(existsSync(join(dir, '决定书.case.md')), false, 'the client writes, not the server');
    const bad = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, 'bad.docx')).href,
    });
    assert.ok('error' in bad);
    assert.match(bad.error, /不是有效的 DOCX/);
    const none = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, 'missing.txt')).href,
    });
    assert.ok('error' in none && /ENOENT|无法读取/.test(none.error));
  });
});
