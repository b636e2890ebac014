import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  Hover,
  Location,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { openDocx, referencedPart } from '../export/docxReader';
import { ROOT, positionOf, startServer, type TestClient } from './lspClient';

const BASE = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');

/** BASE without its 救济途径 section: structure/missing-section fires, with a fix from the template. */
function withoutRemedy(text: string): string {
  const start = text.indexOf('## 救济途径');
  const end = text.indexOf('## 落款');
  assert.ok(start > 0 && end > start);
  return text.slice(0, start) + text.slice(end);
}

const rulesOf = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

/** The range of the first occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string) {
  return { start: positionOf(text, needle), end: positionOf(text, needle, needle.length) };
}

describe('language server (real process over stdio)', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-lsp-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics on open, with rule code, docs link, source and fixes in data', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, withoutRemedy(BASE));
    const ds = await client.waitForDiagnostics(uri);
    const d = ds.find((x) => x.code === 'structure/missing-section');
    assert.ok(d, `missing-section not reported: ${rulesOf(ds)}`);
    assert.equal(d.source, 'casedraft');
    assert.equal(d.severity, 1);
    assert.match(d.message as string, /救济途径/);
    const href = d.codeDescription?.href;
    assert.ok(href?.startsWith('file://') && href.endsWith('docs/rules/structure/missing-section.md'), href);
    const data = d.data as { rule: string; fixes: { title: string }[] };
    assert.equal(data.rule, 'structure/missing-section');
    assert.equal(data.fixes.length, 1);
  });

  it('re-lints after incremental edits, and a quick fix applied through code actions leaves the draft clean', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    assert.deepEqual(rulesOf(await client.waitForDiagnostics(uri)), []);

    // Shorten one law name with an incremental change, as typing would: 《安全生产法》 is not the full name.
    const text = client.text(uri);
    const start = positionOf(text, '中华人民共和国安全生产法》第二十八条');
    const v = await client.edit(uri, [
      { range: { start, end: { line: start.line, character: start.character + 7 } }, newText: '' },
    ]);
    const ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === v);
    const d = ds.find((x) => x.code === 'citation/short-name');
    assert.ok(d, `after the edit: ${rulesOf(ds)}`);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title)}`);
    assert.match(fix.title, /中华人民共和国安全生产法/);
    const v2 = await client.applyWorkspaceEdit(fix.edit);
    const after = await client.waitForDiagnostics(uri, (_d, p) => p.version === v2);
    assert.deepEqual(rulesOf(after), []);
    assert.equal(client.text(uri), BASE);
  });

  it('offers "fix all of this rule" and a disable comment that silences the rule', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    // Two required sections missing: two fixable findings of one rule.
    let text = withoutRemedy(BASE);
    text = text.slice(0, text.indexOf('## 履行方式和期限')) + text.slice(text.indexOf('## 落款'));
    await client.open(uri, text);
    const ds = (await client.waitForDiagnostics(uri)).filter((x) => x.code === 'structure/missing-section');
    assert.equal(ds.length, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: ds[0]!.range,
      context: { diagnostics: [ds[0]] },
    });
    const all = actions.find((a) => /所有/.test(a.title));
    assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
    const disable = actions.find((a) => /停用/.test(a.title));
    assert.ok(disable?.edit);
    // "Fix All" (editor.action.fixAll, or on save) asks for source.fixAll: one action with every safe fix.
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: ds[0]!.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.casedraft'],
    );
    assert.equal(fixAll[0]!.edit!.changes![uri]!.length, 2);

    const v = await client.applyWorkspaceEdit(all.edit);
    const fixed = rulesOf(await client.waitForDiagnostics(uri, (_d, p) => p.version === v));
    // The inserted 救济途径 is the template's clause: its organs are blanks to fill (structure/placeholder).
    assert.ok(
      !fixed.some((r) => r.startsWith('structure/') && r !== 'structure/placeholder'),
      fixed.join(','),
    );
    assert.ok(fixed.includes('structure/placeholder'), fixed.join(','));
    assert.ok(client.text(uri).includes('## 履行方式和期限') && client.text(uri).includes('## 救济途径'));

    // Re-open the flawed text in another document and silence the rule instead.
    const uri2 = pathToFileURL(join(dir, 'b.case.md')).href;
    await client.open(uri2, text);
    await client.waitForDiagnostics(
      uri2,
      (d) => d.filter((x) => x.code === 'structure/missing-section').length === 2,
    );
    const v2 = await client.applyWorkspaceEdit({ changes: { [uri2]: disable.edit.changes![uri]! } });
    const silenced = await client.waitForDiagnostics(uri2, (_d, p) => p.version === v2);
    assert.ok(!rulesOf(silenced).includes('structure/missing-section'), rulesOf(silenced).join(','));
    assert.ok(client.text(uri2).includes('<!-- casedraft-disable-next-line structure/missing-section -->'));
  });

  it('shows the evidence row on a citation, and the article text on a law citation', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    const ev = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BASE, '[证据3]', 2),
    });
    const evText = (ev.contents as { value: string }).value;
    assert.match(evText, /证据3/);
    assert.match(evText, /询问笔录/);
    assert.match(evText, /当事人的陈述/);

    const law = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BASE, '第九十七条', 2),
    });
    const lawText = (law.contents as { value: string }).value;
    assert.match(lawText, /安全生产法/);
    // Item (四) of Art. 97 of the Work Safety Law is about training records.
    assert.match(lawText, /教育和培训/);
    // With the fines that paragraph sets, read from its text: 处十万元以下的罚款；逾期未改正的……
    assert.match(lawText, /罚款幅度/);
    assert.match(lawText, /- 100,000元以下\n- 逾期未改正的，100,000元以上200,000元以下/);
    // An article that sets no fine (Art. 28, the duty itself) shows none.
    const duty = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BASE, '第二十八条', 2),
    });
    assert.doesNotMatch((duty.contents as { value: string }).value, /罚款幅度/);
  });

  it('shows the statutory deadline on a 程序 date, and draws the timeline on request', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    const h = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BASE, '  立案: 2025-03-11', 8),
    });
    const text = (h.contents as { value: string }).value;
    assert.match(text, /立案/);
    // Art. 60: ninety calendar days from 立案.
    assert.match(text, /2025-06-09/);
    const tl = await client.request<{ svg: string }>('casedraft/timeline', { uri });
    assert.match(tl.svg, /^<svg/);
    assert.match(tl.svg, /data-step="送达"/);
    assert.equal(await client.request('casedraft/timeline', { uri: 'file:///nowhere.case.md' }), null);
  });

  it('answers in Chinese in an English editor, and in English only when casedraft.locale says so', async () => {
    // VS Code without a language pack says en-US: that is not the officer choosing English.
    client = await startServer({ locale: 'en-US' });
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, withoutRemedy(BASE));
    const ds = await client.waitForDiagnostics(uri);
    assert.match(
      ds.find((d) => d.code === 'structure/missing-section')!.message as string,
      /缺少「救济途径」/,
    );
    await client.stop();
    client = await startServer({ locale: 'en-US', settings: { locale: 'en' } });
    await client.open(uri, withoutRemedy(BASE));
    // The settings are pulled after `initialized`: the draft is re-checked once they arrive.
    const en = await client.waitForDiagnostics(uri, (ds) =>
      ds.some((d) => /lacks the "救济途径" section/.test(String(d.message))),
    );
    assert.ok(en.some((d) => d.code === 'structure/missing-section'));
  });

  it('completes evidence ids, section names, evidence kinds, front-matter keys and values, and law names', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    const text = BASE.replace('培训情况的事实及原因 |', '培训情况的事实及原因 |').replace(
      '## 违法事实\n\n',
      '## 违法事实\n\n见[证据\n\n',
    );
    const withHeading = text.replace('## 落款', '## \n\n## 落款');
    await client.open(uri, withHeading);
    const labels = async (needle: string, delta: number) =>
      (
        await client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri },
          position: positionOf(withHeading, needle, delta),
        })
      ).map((i) => i.label);

    assert.deepEqual(await labels('见[证据\n', 4), ['证据1', '证据2', '证据3', '证据4']);
    assert.ok((await labels('## \n', 3)).includes('救济途径'));
    // In the 种类 column of a row.
    assert.ok((await labels('| 现场笔录 |', 2)).includes('当事人的陈述'));
    // A new row of the evidence table: the next id.
    assert.deepEqual(await labels('| 证据4 |', 2), ['证据5']);
    // A value of 处罚.裁量.
    assert.deepEqual(await labels('裁量: 一般', 4), ['轻微', '一般', '较重', '严重']);
    // Keys of 当事人 at the indentation of its entries.
    const keys = await labels('  名称: 张家港', 2);
    assert.ok(keys.includes('名称') || keys.includes('姓名'), keys.join(','));
    const laws = await labels('《中华人民共和国安全生产法》第九十七条', 1);
    assert.ok(laws.includes('中华人民共和国行政处罚法'), laws.join(','));
  });

  it('renames an evidence id in its row and every citation; finds definition and references', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    const at = positionOf(BASE, '[证据2]', 2);
    const def = await client.request<Location>('textDocument/definition', {
      textDocument: { uri },
      position: at,
    });
    assert.equal(def.range.start.line, positionOf(BASE, '| 证据2 |').line);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: at,
      context: { includeDeclaration: true },
    });
    assert.equal(refs.length, 2); // one citation + the row

    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: positionOf(BASE, '[证据1]', 2),
      newName: '证据9',
    });
    const edits = edit.changes![uri]!;
    assert.equal(edits.length, 3); // two citations + the row
    const v = await client.applyWorkspaceEdit(edit);
    const after = client.text(uri);
    assert.ok(!after.includes('证据1]') && !after.includes('| 证据1 |'));
    assert.ok(after.includes('| 证据9 |'));
    // The table is out of order now, but every citation still resolves: no undefined reference.
    const ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === v);
    assert.ok(!rulesOf(ds).includes('evidence/undefined-reference'), rulesOf(ds).join(','));

    await assert.rejects(
      client.request('textDocument/rename', {
        textDocument: { uri },
        position: positionOf(after, '[证据2]', 2),
        newName: '证据3',
      }),
      /证据3/,
    );
  });

  it('gives document symbols (sections, evidence rows) and folding ranges', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    const symbols = await client.request<{ name: string; children?: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    const evidence = symbols.find((s) => s.name === '证据');
    assert.deepEqual(
      evidence?.children?.map((c) => c.name),
      ['证据1', '证据2', '证据3', '证据4'],
    );
    const folds = await client.request<{ startLine: number }[]>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(folds.some((f) => f.startLine === positionOf(BASE, '## 证据').line));
  });

  it('checks the drafts of the workspace folders without opening them, and two open drafts each get theirs', async () => {
    const flawed = withoutRemedy(BASE);
    writeFileSync(join(dir, 'on-disk.case.md'), flawed);
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const disk = pathToFileURL(join(dir, 'on-disk.case.md')).href;
    assert.ok(rulesOf(await client.waitForDiagnostics(disk)).includes('structure/missing-section'));

    const a = pathToFileURL(join(dir, 'a.case.md')).href;
    const b = pathToFileURL(join(dir, 'b.case.md')).href;
    await client.open(a, flawed);
    await client.open(b, BASE.replace('[证据3]', '[证据8]'));
    assert.ok(rulesOf(await client.waitForDiagnostics(a)).includes('structure/missing-section'));
    assert.ok(rulesOf(await client.waitForDiagnostics(b)).includes('evidence/undefined-reference'));

    // The file changes on disk: the watcher's event makes the server re-read it.
    writeFileSync(join(dir, 'on-disk.case.md'), BASE);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: disk, type: 2 }],
    });
    assert.deepEqual(rulesOf(await client.waitForDiagnostics(disk, (d) => d.length === 0)), []);
  });

  it('reports a cross-document finding (an earlier decision against the same party) and re-lints when that file goes', async () => {
    const earlier = BASE.replace('张应急罚决字〔2025〕8号', '张应急罚决字〔2024〕3号')
      .replace('  违法行为发生: 2025-03-10', '  违法行为发生: 2024-05-06')
      .replace('  立案: 2025-03-11', '  立案: 2024-05-07')
      .replace(/2025-04-1[0-6]/g, (d) => d.replace('2025-04', '2024-06'))
      .replace(/2025-04-01/g, '2024-06-03');
    writeFileSync(join(dir, 'earlier.case.md'), earlier);
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const earlierUri = pathToFileURL(join(dir, 'earlier.case.md')).href;
    await client.waitForDiagnostics(earlierUri);

    const uri = pathToFileURL(join(dir, 'now.case.md')).href;
    await client.open(uri, BASE.replace('首违: 否', '首违: 是'));
    const ds = await client.waitForDiagnostics(uri, (d) => rulesOf(d).includes('procedure/prior-violation'));
    const d = ds.find((x) => x.code === 'procedure/prior-violation')!;
    assert.match(d.message as string, /张应急罚决字〔2024〕3号/);
    assert.equal(d.relatedInformation?.[0]?.location.uri, earlierUri);

    // The earlier decision is deleted: the watcher's event re-lints the drafts that depended on it.
    rmSync(join(dir, 'earlier.case.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: earlierUri, type: 3 }],
    });
    await client.waitForDiagnostics(uri, (x) => !rulesOf(x).includes('procedure/prior-violation'));
  });

  it('applies casedraft.* settings without a restart', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, withoutRemedy(BASE));
    assert.ok(rulesOf(await client.waitForDiagnostics(uri)).includes('structure/missing-section'));
    client.settings = { rules: { 'structure/missing-section': 'off' }, locale: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (d) => !rulesOf(d).includes('structure/missing-section'));
    client.settings = { rules: { 'structure/missing-section': 'warning' }, locale: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const ds = await client.waitForDiagnostics(uri, (d) => rulesOf(d).includes('structure/missing-section'));
    const d = ds.find((x) => x.code === 'structure/missing-section')!;
    assert.equal(d.severity, 2);
    assert.match(d.message as string, /lacks/);
  });

  it('applies thresholds and dictionaries from the settings', async () => {
    // An agency dictionary (schemas/dictionary.schema.json), named in the settings relative to the folder.
    copyFileSync(join(__dirname, '..', 'fixtures', 'agency-terms.json'), join(dir, 'agency-terms.json'));
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    // Without 法制审核, a fine of 20000 is below the default major-case threshold for 单位 (200000).
    await client.open(uri, BASE.replace('  法制审核: 2025-04-11\n', ''));
    const before = rulesOf(await client.waitForDiagnostics(uri));
    assert.ok(
      !before.includes('procedure/legal-review') && !before.includes('wording/nonstandard-term'),
      before.join(','),
    );

    client.settings = { thresholds: { majorCase: { 单位: 10000 } }, dictionaries: ['agency-terms.json'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const ds = await client.waitForDiagnostics(
      uri,
      (d) => rulesOf(d).includes('procedure/legal-review') && rulesOf(d).includes('wording/nonstandard-term'),
    );
    assert.match(ds.find((d) => d.code === 'wording/nonstandard-term')!.message as string, /培训记录/);
  });

  it('reads casedraft.config.json of the workspace and re-lints when it changes', async () => {
    writeFileSync(
      join(dir, 'casedraft.config.json'),
      JSON.stringify({ rules: { 'structure/missing-section': 'off' } }),
    );
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, withoutRemedy(BASE));
    assert.ok(!rulesOf(await client.waitForDiagnostics(uri)).includes('structure/missing-section'));

    writeFileSync(
      join(dir, 'casedraft.config.json'),
      JSON.stringify({ rules: { 'structure/missing-section': 'info' } }),
    );
    const config = pathToFileURL(join(dir, 'casedraft.config.json')).href;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: config, type: 2 }],
    });
    const ds = await client.waitForDiagnostics(uri, (d) => rulesOf(d).includes('structure/missing-section'));
    assert.equal(ds.find((d) => d.code === 'structure/missing-section')!.severity, 3);

    // A broken config is logged, and checking goes on with the defaults.
    writeFileSync(join(dir, 'casedraft.config.json'), '{ not json');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: config, type: 2 }],
    });
    await client.waitForDiagnostics(
      uri,
      (d) => d.find((x) => x.code === 'structure/missing-section')?.severity === 1,
    );
  });

  it('tells the editor which config applies, what is wrong in it, and how far the workspace scan has got', async () => {
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `d${n}.case.md`), BASE);
    writeFileSync(
      join(dir, 'casedraft.config.json'),
      JSON.stringify({
        dictionaries: ['./missing-terms.json'],
        rules: { 'structure/missing-section': 'off' },
      }),
    );
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    // The scan counts down to nothing left, having started from the three drafts of the folder.
    type Scan = { pending: number; total: number };
    await client.waitForNotification<Scan>('casedraft/scan', (p) => p.pending === 0);
    const scans = client.notifications.get('casedraft/scan') as Scan[];
    assert.ok(scans.every((p) => p.total === 3));
    assert.equal(scans[0]!.pending, 3);
    const uri = pathToFileURL(join(dir, 'd1.case.md')).href;
    const status = await client.request<{ config: string | null; problems: string[]; locale: string }>(
      'casedraft/status',
      { uri },
    );
    assert.equal(status.config, join(dir, 'casedraft.config.json'));
    assert.equal(status.problems.length, 1);
    assert.match(status.problems[0]!, /missing-terms\.json/);
    assert.equal(status.locale, 'zh-cn');
    // The rest of that config applies all the same.
    assert.ok(!rulesOf(await client.waitForDiagnostics(uri)).includes('structure/missing-section'));
    // A draft outside any config: the defaults, nothing wrong.
    const other = await client.request<{ config: string | null; problems: string[] }>('casedraft/status', {
      uri: pathToFileURL(join(tmpdir(), 'elsewhere.case.md')).href,
    });
    assert.deepEqual({ config: other.config, problems: other.problems }, { config: null, problems: [] });
  });

  it('serves the case form: fields and values, known parties, and edits as WorkspaceEdits of the current version', async () => {
    writeFileSync(join(dir, 'other.case.md'), BASE);
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
    await client.waitForNotification<{ pending: number }>('casedraft/scan', (p) => p.pending === 0);
    const uri = pathToFileURL(join(dir, 'new.case.md')).href;
    const template = readFileSync(join(ROOT, 'data/templates/penalty-decision.case.md'), 'utf8');
    await client.open(uri, template);
    type Form = {
      form: { doctype: string; fields: { key: string }[]; values: Record<string, unknown> };
      version: number;
      parties: { 名称?: string }[];
      reviewChain: boolean;
    };
    const form = await client.request<Form>('casedraft/caseForm', { uri });
    assert.equal(form.form.doctype, 'penalty-decision');
    assert.ok(form.form.fields.some((f) => f.key === '程序'));
    assert.equal(form.version, 1);
    // The party of the other draft of the folder is offered; the template's placeholder is not.
    assert.deepEqual(
      form.parties.map((p) => p.名称),
      ['张家港市锦帆精密机械有限公司'],
    );
    // The template has a 审核 list: shown. Without one, and with no preset that checks a review
    // chain (agency practice, off by default), the form leaves it out.
    assert.equal(form.reviewChain, true);
    const plain = pathToFileURL(join(dir, 'plain.case.md')).href;
    await client.open(plain, template.replace(/^审核:\n(?: {2}.*\n)+/m, ''));
    assert.equal((await client.request<Form>('casedraft/caseForm', { uri: plain })).reviewChain, false);
    const edit = await client.request<WorkspaceEdit>('casedraft/caseFormEdit', {
      uri,
      version: 1,
      edit: { op: 'set', path: ['当事人', '名称'], value: '恒达建设有限公司' },
    });
    const change = edit.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    await client.edit(uri, change.edits);
    assert.match(client.text(uri), /^ {2}名称: 恒达建设有限公司$/m);
    assert.match(client.text(uri), /^当事人：恒达建设有限公司$/m);
    // An edit made against an older text is refused, not applied to the wrong place.
    await assert.rejects(
      client.request('casedraft/caseFormEdit', {
        uri,
        version: 1,
        edit: { op: 'set', path: ['机关'], value: 'x' },
      }),
      /changed/,
    );
  });

  it('exports the DOCX of the text it holds: refused with errors unless forced (草稿), the public copy marked 公开版', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    type Result = { docx: string | null; errors: number; draft: boolean };
    await client.open(uri, BASE);
    const clean = await client.request<Result>('casedraft/export', { uri });
    assert.equal(clean.errors, 0);
    const doc = await openDocx(Buffer.from(clean.docx!, 'base64'));
    assert.deepEqual(doc.paragraphs().slice(0, 2), ['张家港市应急管理局', '行政处罚决定书']);
    const pub = await client.request<Result>('casedraft/export', { uri, public: true });
    const pubDoc = await openDocx(Buffer.from(pub.docx!, 'base64'));
    assert.match(pubDoc.paragraphs(referencedPart(pubDoc, 'header', 'default')).join(''), /^公开版/);
    // Unsaved text counts: the editor's version is the one exported.
    await client.edit(uri, [{ range: rangeOf(BASE, '## 救济途径'), newText: '## 说明' }]);
    const refused = await client.request<Result>('casedraft/export', { uri });
    assert.equal(refused.docx, null);
    assert.ok(refused.errors > 0);
    const forced = await client.request<Result>('casedraft/export', { uri, force: true });
    assert.equal(forced.draft, true);
    const draft = await openDocx(Buffer.from(forced.docx!, 'base64'));
    assert.match(draft.paragraphs(referencedPart(draft, 'header', 'default')).join(''), /^草稿/);
    assert.equal(await client.request('casedraft/export', { uri: 'file:///nowhere.case.md' }), null);
  });

  it('survives malformed JSON-RPC, unknown methods, out-of-range positions and unknown documents', async () => {
    client = await startServer();
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE);
    await client.waitForDiagnostics(uri);

    // Garbage with a valid header, then a valid request still gets its answer.
    const junk = Buffer.from('{"jsonrpc":"2.0", this is not json');
    client.proc.stdin.write(`Content-Length: ${junk.length}\r\n\r\n`);
    client.proc.stdin.write(junk);
    await assert.rejects(
      client.request('casedraft/noSuchMethod', {}),
      (e: { code?: number }) => e.code === -32601,
    );
    await client.connection.sendNotification('casedraft/noSuchNotification', { x: 1 });

    const far = { line: 99999, character: 99999 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    assert.deepEqual(
      await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: 3, character: 5000 },
      }),
      [],
    );

    const ghost = pathToFileURL(join(dir, 'never-opened.case.md')).href;
    assert.equal(
      await client.request('textDocument/hover', {
        textDocument: { uri: ghost },
        position: { line: 0, character: 0 },
      }),
      null,
    );
    assert.deepEqual(
      await client.request('textDocument/completion', {
        textDocument: { uri: ghost },
        position: { line: 0, character: 0 },
      }),
      [],
    );
    assert.deepEqual(
      await client.request('textDocument/codeAction', {
        textDocument: { uri: ghost },
        range: { start: far, end: far },
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.deepEqual(
      await client.request('textDocument/documentSymbol', { textDocument: { uri: ghost } }),
      [],
    );
    // A change to a document that was never opened is ignored, not fatal.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ghost, version: 2 },
      contentChanges: [{ text: 'x' }],
    });

    // Odd drafts: empty, binary-looking, unterminated front matter.
    for (const [i, text] of ['', '\u0000\uffff\ud800', '---\n文书: [\n', '# 只有标题'].entries()) {
      const u = pathToFileURL(join(dir, `odd${i}.case.md`)).href;
      await client.open(u, text);
      await client.waitForDiagnostics(u);
      await client.request('textDocument/hover', {
        textDocument: { uri: u },
        position: { line: 0, character: 1 },
      });
    }
    // Still alive and answering.
    const ev = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BASE, '[证据1]', 2),
    });
    assert.match((ev.contents as { value: string }).value, /现场检查笔录/);
    assert.equal(client.proc.exitCode, null);
  });

  it('serves a client that declares no capabilities at all', async () => {
    writeFileSync(join(dir, 'on-disk.case.md'), withoutRemedy(BASE));
    client = await startServer({
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    });
    const disk = pathToFileURL(join(dir, 'on-disk.case.md')).href;
    assert.ok(rulesOf(await client.waitForDiagnostics(disk)).includes('structure/missing-section'));
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, BASE.replace('[证据3]', '[证据8]'));
    assert.ok(rulesOf(await client.waitForDiagnostics(uri)).includes('evidence/undefined-reference'));
  });

  it('is started by bin/casedraft-server --stdio too', async () => {
    client = await startServer({ script: join(ROOT, 'bin/casedraft-server.js') });
    const uri = pathToFileURL(join(dir, 'a.case.md')).href;
    await client.open(uri, withoutRemedy(BASE));
    assert.ok(rulesOf(await client.waitForDiagnostics(uri)).includes('structure/missing-section'));
  });
});
