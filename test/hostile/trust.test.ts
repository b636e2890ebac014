// An untrusted folder (VS Code's Restricted Mode) as the editor hands it on: the export the editor
// runs through the CLI (--restrict-to) and the language server (initializationOptions.trusted,
// casedraft/didGrantTrust, sent by the extension's client/src/trust.ts) read no config above the
// workspace folder, no data file outside it and no archive its config names.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { forwardTrust, trustOption } from '../../client/src/trust';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { fakeWorkspace } from '../helpers/fakeWorkspace';
import { BASE, edit } from '../helpers/ruleTester';
import { cli } from '../cli/run';
import { startServer, type TestClient } from '../server/lspClient';

const FIXTURES = join(__dirname, '..', 'fixtures', 'prior-violation');
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

  it('the folder’s own config: untrusted, its archive and a catalog outside it are not read; the client’s grant turns them on', async () => {
    // The extension's wiring (client/src/trust.ts) with a fake window, talking to the real server.
    const archive = join(parent, '档案');
    mkdirSync(archive);
    const earlier = readFileSync(join(FIXTURES, 'earlier.case.md'), 'utf8');
    writeFileSync(join(archive, '张应急罚决字〔2024〕31号.docx'), await exportDocx(parseCase(earlier)));
    // Broken on purpose: once it is read, the server says what is wrong with it.
    json(join(parent, 'outside.json'), { entries: 'x' });
    json(join(ws, 'casedraft.config.json'), {
      archive: ['../档案/**/*.docx'],
      archiveCache: '../cache',
      catalogs: ['../outside.json'],
    });
    const window = fakeWorkspace(false);
    client = await startServer({
      workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
      initializationOptions: { settings: {}, ...trustOption(window) },
    });
    const server = client;
    forwardTrust(window, { listening: () => true, notify: (m) => server.connection.sendNotification(m) });
    const uri = pathToFileURL(join(ws, 'case', 'later.case.md')).href;
    const prior = (ds: Diagnostic[]) => ds.some((d) => d.code === 'procedure/prior-violation');
    const aboutCatalog = (m: string) => m.includes('outside.json');
    const refused = (m: string) => m.includes('在工作区文件夹之外');
    await client.open(uri, readFileSync(join(FIXTURES, 'later.case.md'), 'utf8'));
    assert.ok(!prior(await client.waitForDiagnostics(uri)), 'the archive is not read');
    const about = client.shown.filter(aboutCatalog);
    assert.ok(about.length && about.every(refused), about.join('\n'));
    assert.ok(!existsSync(join(parent, 'cache')), 'nothing written outside the folder');
    window.grant();
    await client.waitForDiagnostics(uri, prior);
    assert.ok(existsSync(join(parent, 'cache')), 'trusted: the archive is read through its cache');
    // Read now: its schema error is said.
    await client.waitForShown((m) => aboutCatalog(m) && !refused(m));
  });
});
