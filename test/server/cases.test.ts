import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { CaseSummary, ExportCaseResult, NewCaseDocumentResult } from '../../server/src/lsp/cases';
import { parseCase } from '../../server/src/core/parse';
import { openDocx } from '../export/docxReader';
import { ROOT, positionOf, startServer, type TestClient } from './lspClient';

const SAMPLE = join(ROOT, 'examples/case');
const RULE = 'case/procedure-dates';
const has = (ds: Diagnostic[]) => ds.some((d) => d.code === RULE);

describe('language server: the case of a folder', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  let decision: string;
  let notice: string;
  const textOf = (f: string) => readFileSync(join(dir, f), 'utf8');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-case-'));
    cpSync(SAMPLE, dir, { recursive: true });
    decision = pathToFileURL(join(dir, 'decision.case.md')).href;
    notice = pathToFileURL(join(dir, 'notice.case.md')).href;
    client = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'case' }] });
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the decision and moves its 告知 a day from the notice's: case/procedure-dates on both. */
  async function disagree(): Promise<void> {
    await client.waitForDiagnostics(notice);
    const text = textOf('decision.case.md');
    await client.open(decision, text);
    const at = positionOf(text, '  告知: 2025-06-17', 6);
    await client.edit(decision, [
      { range: { start: at, end: { line: at.line, character: at.character + 10 } }, newText: '2025-06-18' },
    ]);
    const onDecision = await client.waitForDiagnostics(decision, has);
    const onNotice = await client.waitForDiagnostics(notice, has);
    const d = onDecision.find((x) => x.code === RULE)!;
    const n = onNotice.find((x) => x.code === RULE)!;
    assert.match(String(d.message), /2025-06-18[\s\S]*2025-06-17/);
    assert.equal(
      d.relatedInformation?.[0]?.location.uri,
      notice,
      'the decision’s finding points at the notice',
    );
    assert.equal(
      n.relatedInformation?.[0]?.location.uri,
      decision,
      'the notice’s finding points at the decision',
    );
  }

  it('publishes a case finding on both documents and clears both when the decision is fixed', async () => {
    await disagree();
    const at = positionOf(client.text(decision), '  告知: 2025-06-18', 6);
    await client.edit(decision, [
      { range: { start: at, end: { line: at.line, character: at.character + 10 } }, newText: '2025-06-17' },
    ]);
    await client.waitForDiagnostics(decision, (ds) => !has(ds));
    await client.waitForDiagnostics(notice, (ds) => !has(ds));
  });

  it('clears both when the notice is fixed instead', async () => {
    await disagree();
    const text = textOf('notice.case.md');
    await client.open(notice, text);
    const at = positionOf(text, '  告知: 2025-06-17', 6);
    await client.edit(notice, [
      { range: { start: at, end: { line: at.line, character: at.character + 10 } }, newText: '2025-06-18' },
    ]);
    await client.waitForDiagnostics(notice, (ds) => !has(ds));
    await client.waitForDiagnostics(decision, (ds) => !has(ds));
  });

  it('lists the case with its documents in procedural order, each with its stage and error count', async () => {
    await client.waitForDiagnostics(decision);
    const { cases } = await client.request<{ cases: CaseSummary[] }>('casedraft/cases', {});
    assert.equal(cases.length, 1);
    const c = cases[0]!;
    assert.equal(c.caseNo, '张应急立字〔2025〕37号');
    assert.equal(c.stage, '已送达');
    assert.deepEqual(
      c.documents.map((d) => [d.name, d.stage, d.date, d.errors]),
      [
        ['inspection.case.md', '调查取证', '2025-06-03', 0],
        ['inquiry.case.md', '调查取证', '2025-06-05', 0],
        ['notice.case.md', '告知', '2025-06-17', 0],
        ['decision.case.md', '已送达', '2025-06-27', 0],
      ],
    );
    await client.open(decision, textOf('decision.case.md').replace('  罚款: 20000', '  罚款: 30000'));
    await client.waitForDiagnostics(decision, (ds) => ds.some((d) => d.code === 'case/heavier-penalty'));
    const after = await client.request<{ cases: CaseSummary[] }>('casedraft/cases', {});
    assert.ok(after.cases[0]!.documents.find((d) => d.name === 'decision.case.md')!.errors >= 1);
  });

  it('drafts a new decision of the case from its notice, and draws the case’s timeline', async () => {
    await client.waitForDiagnostics(decision);
    const { cases } = await client.request<{ cases: CaseSummary[] }>('casedraft/cases', {});
    const made = await client.request<NewCaseDocumentResult>('casedraft/newCaseDocument', {
      id: cases[0]!.id,
      doctype: '行政处罚决定书',
    });
    assert.ok('text' in made, JSON.stringify(made));
    assert.equal(made.target, pathToFileURL(join(dir, 'penalty-decision.case.md')).href);
    const model = parseCase(made.text);
    assert.equal(model.facts.处罚?.罚款, 20000, 'the proposed penalty');
    assert.equal(model.facts.案件编号, '张应急立字〔2025〕37号');
    const { svg } = await client.request<{ svg: string }>('casedraft/caseTimeline', { id: cases[0]!.id });
    for (const doc of ['现场检查笔录', '询问笔录', '行政处罚告知书', '行政处罚决定书'])
      assert.match(svg, new RegExp(`class="document[^"]*"[\\s\\S]*?${doc}`));
  });

  it('exports the 卷宗 through the server, refused while a document has an error unless forced', async () => {
    await client.waitForDiagnostics(decision);
    const { cases } = await client.request<{ cases: CaseSummary[] }>('casedraft/cases', {});
    const id = cases[0]!.id;
    const clean = await client.request<ExportCaseResult>('casedraft/exportCase', { id });
    assert.ok('data' in clean, JSON.stringify(clean));
    assert.equal(clean.draft, false);
    const docx = await openDocx(Buffer.from(clean.data, 'base64'));
    assert.equal(docx.paragraphs()[0], '卷内目录');
    await client.open(decision, textOf('decision.case.md').replace('  罚款: 20000', '  罚款: 30000'));
    await client.waitForDiagnostics(decision, (ds) => ds.some((d) => d.code === 'case/heavier-penalty'));
    const refused = await client.request<ExportCaseResult>('casedraft/exportCase', { id });
    assert.ok('error' in refused);
    assert.ok(refused.errors.some((e) => e.startsWith('decision.case.md:') && /30,000/.test(e)));
    const forced = await client.request<ExportCaseResult>('casedraft/exportCase', { id, force: true });
    assert.ok('data' in forced && forced.draft);
  });
});
