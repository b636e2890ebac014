// Issue 12's must-show: the editor's export refuses what the editor shows as an error, a
// workspace rule's finding included. The gate is the server's own findings for the text it holds.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { openDocx } from '../export/docxReader';
import { ROOT, startServer, type TestClient } from './lspClient';

const BASE = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');
/** An earlier decision against the same party, in the same field, a year before. */
const EARLIER = BASE.replace('张应急罚决字〔2025〕8号', '张应急罚决字〔2024〕3号')
  .replace('  违法行为发生: 2025-03-10', '  违法行为发生: 2024-05-06')
  .replace('  立案: 2025-03-11', '  立案: 2024-05-07')
  .replace(/2025-04-1[0-6]/g, (d) => d.replace('2025-04', '2024-06'))
  .replace(/2025-04-01/g, '2024-06-03');
/** The draft claims a first violation (首违), which the earlier decision contradicts. */
const CLAIMS_FIRST = BASE.replace('首违: 否', '首违: 是');

type ExportResult = { docx: string | null; errors: number; draft: boolean };
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1);

describe('language server: the export gate is the editor’s', function () {
  this.timeout(60000);
  let client: TestClient | undefined;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-gate-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a draft the editor shows with procedure/prior-violation (another draft of the party), and exports it once that draft goes', async () => {
    writeFileSync(join(dir, 'earlier.case.md'), EARLIER);
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const earlierUri = pathToFileURL(join(dir, 'earlier.case.md')).href;
    await client.waitForDiagnostics(earlierUri);
    const uri = pathToFileURL(join(dir, 'now.case.md')).href;
    await client.open(uri, CLAIMS_FIRST);

    // What the editor shows: the workspace rule's error, and it is the only error.
    const shown = await client.waitForDiagnostics(uri, (d) =>
      d.some((x) => x.code === 'procedure/prior-violation'),
    );
    assert.deepEqual(
      errorsOf(shown).map((d) => d.code),
      ['procedure/prior-violation'],
    );
    // What the export does with it: refused, counting the errors the editor shows.
    const refused = await client.request<ExportResult>('casedraft/export', { uri });
    assert.equal(refused.docx, null);
    assert.equal(refused.errors, errorsOf(shown).length);
    // Forced, it is a draft (草稿), not a formal document.
    const forced = await client.request<ExportResult>('casedraft/export', { uri, force: true });
    assert.equal(forced.draft, true);

    // The earlier decision goes: the editor shows no error, and the export writes the document.
    rmSync(join(dir, 'earlier.case.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: earlierUri, type: 3 }],
    });
    const after = await client.waitForDiagnostics(
      uri,
      (d) => !d.some((x) => x.code === 'procedure/prior-violation'),
    );
    assert.deepEqual(errorsOf(after), []);
    const exported = await client.request<ExportResult>('casedraft/export', { uri });
    assert.equal(exported.errors, 0);
    assert.equal(exported.draft, false);
    const doc = await openDocx(Buffer.from(exported.docx!, 'base64'));
    assert.deepEqual(doc.paragraphs().slice(0, 2), ['张家港市应急管理局', '行政处罚决定书']);
  });

  it('refuses an open document too large to check', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'big.case.md')).href;
    await client.open(uri, BASE.replace('## 救济途径', `${'x'.repeat(10.5 * 1048576)}\n\n## 救济途径`));
    const shown = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      shown.map((d) => d.code),
      ['casedraft/too-large'],
    );
    const r = await client.request<ExportResult | null>('casedraft/export', { uri, force: true });
    assert.ok(r === null || r.docx === null);
  });
});
