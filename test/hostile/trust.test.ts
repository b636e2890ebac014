// An untrusted folder (VS Code's Restricted Mode) as the editor hands it on: the export the editor
// runs through the CLI (--restrict-to) and the language server (initializationOptions.trusted,
// casedraft/didGrantTrust) read no config above the workspace folder and no data file outside it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BASE, edit } from '../helpers/ruleTester';
import { cli } from '../cli/run';
import { startServer, type TestClient } from '../server/lspClient';

const json = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value));

describe('hostile workspaces: an untrusted folder', function () {
  this.timeout(60000);
  let parent: string;
  let ws: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'casedraft-untrusted-'));
    ws = join(parent, 'ws');
    mkdirSync(join(ws, 'case'), { recursive: true });
  });
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(parent, { recursive: true, force: true });
  });

  it('export --restrict-to: the config above the folder is not picked up', () => {
    // Above the folder: a config naming a catalog that does not fit its schema (exit 2 when read).
    json(join(parent, 'casedraft.config.json'), { catalogs: ['bad.json'] });
    json(join(parent, 'bad.json'), { entries: 'x' });
    const draft = join(ws, 'case', 'd.case.md');
    writeFileSync(draft, BASE);
    const trusted = cli(['export', draft, '-o', join(ws, 'a.docx')]);
    assert.equal(trusted.code, 2, trusted.stderr);
    const r = cli(['export', draft, '-o', join(ws, 'b.docx'), '--restrict-to', ws]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('export --restrict-to: a catalog outside the folder, named by its config, is refused by name', () => {
    json(join(ws, 'casedraft.config.json'), { catalogs: ['../outside.json'] });
    json(join(parent, 'outside.json'), { entries: [] });
    const draft = join(ws, 'case', 'd.case.md');
    writeFileSync(draft, BASE);
    assert.equal(cli(['export', draft, '-o', join(ws, 'a.docx')]).code, 0);
    const r = cli(['export', draft, '-o', join(ws, 'b.docx'), '--restrict-to', ws, '--locale', 'en']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /outside\.json/);
    assert.match(r.stderr, /outside the workspace folder/);
  });

  it('the server, told the window is untrusted, ignores the config above the folder until trust is granted', async () => {
    // Above the folder: a config that turns wording/colloquial off.
    json(join(parent, 'casedraft.config.json'), { rules: { 'wording/colloquial': 'off' } });
    const uri = pathToFileURL(join(ws, 'case', 'd.case.md')).href;
    const colloquial = (ds: Diagnostic[]) => ds.some((d) => d.code === 'wording/colloquial');
    client = await startServer({
      workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
      initializationOptions: { settings: {}, trusted: false },
    });
    await client.open(uri, edit('当事人法定代表人周明远', '当事人老板周明远'));
    assert.ok(colloquial(await client.waitForDiagnostics(uri)), 'the config above is not read');
    await client.connection.sendNotification('casedraft/didGrantTrust');
    await client.waitForDiagnostics(uri, (ds) => !colloquial(ds));
  });
});
