// The server's workspace: which drafts an edit re-checks, and the settings of each folder.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { usccCheckChar } from '../../server/src/core/ids';
import type { CaseSummary } from '../../server/src/lsp/cases';
import { ROOT, positionOf, startServer, type TestClient } from './lspClient';

const BASE = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');
const CODE = '91320582MA27RT5K3T';
/** A valid 统一社会信用代码 of another party: the base's with its 17th character changed. */
const party = (n: number) => {
  const first17 = `${CODE.slice(0, 16)}${n}`;
  return first17 + usccCheckChar(first17)!;
};
const withParty = (text: string, code: string) => text.split(CODE).join(code);
const rulesOf = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const uriOf = (path: string) => pathToFileURL(path).href;

describe('language server: what an edit re-checks', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-ws-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a body edit in a workspace of many drafts publishes diagnostics for that one draft only', async () => {
    // Forty decisions against one party in one folder: every one is in the others' party group
    // and case folder, the groups both cross-document families check across.
    const uris: string[] = [];
    for (let i = 0; i < 40; i++) {
      const path = join(dir, `d${String(i).padStart(2, '0')}.case.md`);
      writeFileSync(path, BASE.replace('张应急罚决字〔2025〕8号', `张应急罚决字〔2025〕${i + 8}号`));
      uris.push(uriOf(path));
    }
    client = await startServer({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }] });
    for (const u of uris) await client.waitForDiagnostics(u);
    await client.quiet();
    // Reading the folder checks each draft once, not once per arrival of another of its party.
    assert.deepEqual([...client.published].sort(), uris);
    const open = uris[0]!;
    await client.open(open, readFileSync(join(dir, 'd00.case.md'), 'utf8'));
    await client.waitForDiagnostics(open, (_d, p) => p.version === 1);
    await client.quiet();

    client.published.length = 0;
    const text = client.text(open);
    const at = positionOf(text, '四十二人');
    const v = await client.edit(open, [
      { range: { start: at, end: { line: at.line, character: at.character + 3 } }, newText: '四十三人' },
    ]);
    await client.waitForDiagnostics(open, (_d, p) => p.version === v);
    await client.quiet();
    assert.deepEqual(client.published, [open]);
  });

  it('a front-matter edit re-checks the drafts whose cross-document findings it can change, and no other', async () => {
    // One decision per folder (no case folder joins them): five against party 1, five against party 2.
    const of = (n: number) => {
      const out: string[] = [];
      for (let i = 0; i < 5; i++) {
        const sub = join(dir, `p${n}-${i}`);
        mkdirSync(sub);
        writeFileSync(join(sub, 'decision.case.md'), withParty(BASE, party(n)));
        out.push(uriOf(join(sub, 'decision.case.md')));
      }
      return out;
    };
    const one = of(1);
    const two = of(2);
    client = await startServer({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }] });
    for (const u of [...one, ...two]) await client.waitForDiagnostics(u);
    mkdirSync(join(dir, 'new'));
    const open = uriOf(join(dir, 'new', 'decision.case.md'));
    await client.open(open, withParty(BASE, party(1)));
    await client.waitForDiagnostics(open);
    await client.quiet();

    // Its decision date is what an earlier-decision check of party 1 reads of it.
    client.published.length = 0;
    let text = client.text(open);
    let at = positionOf(text, '决定: 2025-04-15', '决定: 2025-04-'.length);
    let v = await client.edit(open, [
      { range: { start: at, end: { line: at.line, character: at.character + 2 } }, newText: '14' },
    ]);
    await client.waitForDiagnostics(open, (_d, p) => p.version === v);
    await client.quiet();
    assert.deepEqual(new Set(client.published), new Set([open, ...one]));

    // Another party: the drafts of the party it leaves and of the one it joins.
    client.published.length = 0;
    text = client.text(open);
    at = positionOf(text, `统一社会信用代码: ${party(1)}`, '统一社会信用代码: '.length);
    v = await client.edit(open, [
      { range: { start: at, end: { line: at.line, character: at.character + 18 } }, newText: party(2) },
    ]);
    await client.waitForDiagnostics(open, (_d, p) => p.version === v);
    await client.quiet();
    assert.deepEqual(new Set(client.published), new Set([open, ...one, ...two]));
  });

  it('reads the settings of each workspace folder (scopeUri): a multi-root workspace gets each folder’s', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    const flawed = BASE.slice(0, BASE.indexOf('## 救济途径')) + BASE.slice(BASE.indexOf('## 落款'));
    writeFileSync(join(a, 'x.case.md'), flawed);
    writeFileSync(join(b, 'x.case.md'), flawed);
    client = await startServer({
      workspaceFolders: [
        { uri: uriOf(a), name: 'a' },
        { uri: uriOf(b), name: 'b' },
      ],
      folderSettings: { [uriOf(a)]: { rules: { 'structure/missing-section': 'off' } } },
    });
    const inA = await client.waitForDiagnostics(uriOf(join(a, 'x.case.md')));
    const inB = await client.waitForDiagnostics(uriOf(join(b, 'x.case.md')));
    assert.ok(!rulesOf(inA).includes('structure/missing-section'));
    assert.ok(rulesOf(inB).includes('structure/missing-section'));
  });

  it('an open document over the 10 MB a draft file may have is not checked, and says so once at its start', async () => {
    client = await startServer({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }] });
    const uri = uriOf(join(dir, 'big.case.md'));
    // The base decision with 10.5 MB of pasted text in its body.
    const big = BASE.replace('## 救济途径', `${'x'.repeat(10.5 * 1048576)}\n\n## 救济途径`);
    await client.open(uri, big);
    const ds = await client.waitForDiagnostics(uri);
    assert.equal(ds.length, 1);
    assert.equal(ds[0]!.code, 'casedraft/too-large');
    assert.equal(ds[0]!.severity, 1);
    assert.deepEqual(ds[0]!.range.start, { line: 0, character: 0 });
    assert.match(String(ds[0]!.message), /10\.5 MB，超过 10 MB 的上限，CaseDraft 未检查/);
    // Cut back under the limit, it is checked as any draft.
    const lines = big.split('\n');
    const v = await client.edit(uri, [
      {
        range: {
          start: { line: 0, character: 0 },
          end: { line: lines.length - 1, character: lines.at(-1)!.length },
        },
        newText: BASE,
      },
    ]);
    const after = await client.waitForDiagnostics(uri, (_d, p) => p.version === v);
    assert.ok(!rulesOf(after).includes('casedraft/too-large'));
    // Closed while too large, its error goes with it.
    const other = uriOf(join(dir, 'other.case.md'));
    await client.open(other, big);
    await client.waitForDiagnostics(other, (d) => rulesOf(d).includes('casedraft/too-large'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    await client.waitForDiagnostics(other, (d) => d.length === 0);
  });

  it('a file of the folder refused as a draft is said once, however often the watcher reports it', async () => {
    writeFileSync(join(dir, 'a.case.md'), BASE);
    writeFileSync(join(dir, 'big.case.md'), 'x'.repeat(11 * 1048576));
    client = await startServer({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }] });
    await client.waitForDiagnostics(uriOf(join(dir, 'a.case.md')));
    for (let i = 0; i < 3; i++)
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uriOf(join(dir, 'big.case.md')), type: 2 }],
      });
    await client.quiet();
    const said = client.logs.filter((l) => /big\.case\.md: 文件过大（11\.0 MB，上限 10 MB）/.test(l));
    assert.equal(said.length, 1, client.logs.join('\n'));
    assert.ok(!client.diagnostics.has(uriOf(join(dir, 'big.case.md'))));
  });
});

// Issue 15: a draft deleted on disk. One the editor has open still exists as the editor's text
// (VS Code keeps its tab, with the text, until the officer closes it), so it stays in the case;
// one not open — or once closed — leaves every index at once, and the drafts it bore on re-lint.
describe('language server: a draft deleted on disk', function () {
  this.timeout(60000);
  const HEAVIER = 'case/heavier-penalty';
  let client: TestClient;
  let dir: string;
  let decision: string;
  let notice: string;

  const documentsOfCase = async () => {
    const { cases } = await client.request<{ cases: CaseSummary[] }>('casedraft/cases', {});
    return cases.flatMap((c) => c.documents.map((d) => d.name)).sort();
  };
  const deleteNotice = async () => {
    rmSync(join(dir, 'notice.case.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: notice, type: 3 }],
    });
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-deleted-'));
    cpSync(join(ROOT, 'examples/case'), dir, { recursive: true });
    // The decision imposes more than the notice proposed: a case finding that needs the notice.
    const file = join(dir, 'decision.case.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  罚款: 20000', '  罚款: 30000'));
    decision = uriOf(file);
    notice = uriOf(join(dir, 'notice.case.md'));
    client = await startServer({ workspaceFolders: [{ uri: uriOf(dir), name: 'case' }] });
    await client.waitForDiagnostics(decision, (d) => rulesOf(d).includes(HEAVIER));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('not open: it leaves the case at once, its findings are cleared, and the drafts it bore on re-lint', async () => {
    assert.ok((await documentsOfCase()).includes('notice.case.md'));
    await deleteNotice();
    await client.waitForDiagnostics(decision, (d) => !rulesOf(d).includes(HEAVIER));
    await client.waitForDiagnostics(notice, (d) => d.length === 0);
    assert.ok(!(await documentsOfCase()).includes('notice.case.md'));
  });

  it('open: it stays as the editor’s text until closed, then leaves as one not open does', async () => {
    await client.open(notice, readFileSync(join(dir, 'notice.case.md'), 'utf8'));
    await client.waitForDiagnostics(notice);
    await deleteNotice();
    await client.quiet();
    assert.ok((await documentsOfCase()).includes('notice.case.md'), 'still open: still in the case');
    assert.ok(rulesOf(client.diagnostics.get(decision)?.diagnostics ?? []).includes(HEAVIER));

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: notice } });
    await client.waitForDiagnostics(decision, (d) => !rulesOf(d).includes(HEAVIER));
    await client.waitForDiagnostics(notice, (d) => d.length === 0);
    assert.ok(!(await documentsOfCase()).includes('notice.case.md'));
  });
});
