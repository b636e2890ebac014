// casedraft/import over stdio, as the editor's "Import Decision…" uses it: the server reads the
// original and writes its draft beside it, atomically and never over a file unasked. And the archive
// (casedraft.config.json `archive`) read by the server into the party index of the open drafts.
import { strict as assert } from 'node:assert';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { startServer, type TestClient } from '../server/lspClient';

const FIXTURES = join(__dirname, '..', 'fixtures', 'prior-violation');
const rulesOf = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

type ImportResult = { target: string; missing: string[] } | { exists: string } | { error: string };

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

  it('writes the draft of an original as X.case.md beside it; reports a bad file as an error', async () => {
    writeFileSync(join(dir, '决定书.txt'), '行政处罚决定书\n当事人：某某化工有限公司\n经查，当事人……');
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    client = await startServer();
    const ok = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, '决定书.txt')).href,
    });
    assert.ok('target' in ok, JSON.stringify(ok));
    assert.equal(ok.target, pathToFileURL(join(dir, '决定书.case.md')).href);
    assert.match(readFileSync(join(dir, '决定书.case.md'), 'utf8'), /\n导入自: 决定书\.txt\n/);
    assert.ok(ok.missing.includes('文号'));
    assert.deepEqual(
      readdirSync(dir).sort(),
      ['bad.docx', '决定书.case.md', '决定书.txt'],
      'no temporary file left',
    );
    const bad = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, 'bad.docx')).href,
    });
    assert.ok('error' in bad);
    assert.match(bad.error, /不是有效的 DOCX/);
    assert.ok(!existsSync(join(dir, 'bad.case.md')), 'nothing written for a file that cannot be imported');
    const none = await client.request<ImportResult>('casedraft/import', {
      uri: pathToFileURL(join(dir, 'missing.txt')).href,
    });
    assert.ok('error' in none && /ENOENT|无法读取/.test(none.error));
  });

  it('leaves an existing X.case.md as it is until asked to overwrite it', async () => {
    writeFileSync(join(dir, '决定书.txt'), '行政处罚决定书\n当事人：某某化工有限公司\n经查，当事人……');
    const draft = join(dir, '决定书.case.md');
    writeFileSync(draft, 'the officer’s own draft');
    client = await startServer();
    const uri = pathToFileURL(join(dir, '决定书.txt')).href;
    const asked = await client.request<ImportResult>('casedraft/import', { uri });
    assert.deepEqual(asked, { exists: pathToFileURL(draft).href });
    assert.equal(readFileSync(draft, 'utf8'), 'the officer’s own draft');
    const replaced = await client.request<ImportResult>('casedraft/import', { uri, overwrite: true });
    assert.ok('target' in replaced, JSON.stringify(replaced));
    assert.match(readFileSync(draft, 'utf8'), /\n导入自: 决定书\.txt\n/);
  });

  it('reads the archive into the party index: an open draft finds the earlier DOCX decision, and loses it with the config', async () => {
    const ws = join(dir, 'ws');
    mkdirSync(join(dir, '档案'));
    mkdirSync(ws);
    const earlier = readFileSync(join(FIXTURES, 'earlier.case.md'), 'utf8');
    writeFileSync(join(dir, '档案', '张应急罚决字〔2024〕31号.docx'), await exportDocx(parseCase(earlier)));
    const config = join(ws, 'casedraft.config.json');
    writeFileSync(config, JSON.stringify({ archive: ['../档案/**/*.docx'], archiveCache: '../cache' }));
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }] });
    const uri = pathToFileURL(join(ws, 'later.case.md')).href;
    await client.open(uri, readFileSync(join(FIXTURES, 'later.case.md'), 'utf8'));
    // Read in the background: the draft is checked again when the index has it.
    const ds = await client.waitForDiagnostics(uri, (d) => rulesOf(d).includes('procedure/prior-violation'));
    assert.match(
      ds.find((d) => d.code === 'procedure/prior-violation')!.message as string,
      /张应急罚决字〔2024〕31号/,
    );
    assert.ok(existsSync(join(dir, 'cache')), 'the index is cached outside the archive');
    writeFileSync(config, '{}');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    await client.waitForDiagnostics(uri, (d) => !rulesOf(d).includes('procedure/prior-violation'));
  });
});
