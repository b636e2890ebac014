// The Cases view in real VS Code (code-server + Chromium, the session of ./vscode.ts): the sample
// case folder (examples/case) listed as one case of four documents with their stages; a case
// finding shown on both documents it concerns and gone from both when one is fixed; the case's
// timeline; the 卷宗 exported; a new decision drafted from the notice (docs/case.md).
// Its own file and code-server, so that the steps of vscode.test.ts keep their workspace.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDocx } from '../export/docxReader';
import { ROOT, screenshotPath, sessionSuite, until } from './vscode';

const SAMPLE = join(ROOT, 'examples/case');
const FILES: Record<string, string> = Object.fromEntries(
  readdirSync(SAMPLE)
    .filter((f) => f.endsWith('.case.md'))
    .map((f) => [`case/${f}`, readFileSync(join(SAMPLE, f), 'utf8')]),
);
const NOTICE = 'case/notice.case.md';

describe('VS Code end to end: the Cases view', function () {
  const vs = sessionSuite(this, 'casedraft-e2e-cases-', () => FILES);

  /** The texts of the Cases view's rows (label and description), its pane opened when folded. */
  async function caseRows(): Promise<string[]> {
    const p = vs.page;
    const pane = p.locator('.pane', { has: p.locator('.pane-header', { hasText: '案件' }) }).first();
    const header = pane.locator('.pane-header').first();
    await header.waitFor({ timeout: 30000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return pane
      .locator('.monaco-list-row')
      .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  async function waitForRows(what: string, ok: (rows: string[]) => boolean): Promise<string[]> {
    let rows: string[] = [];
    try {
      return await until(what, async () => ok((rows = await caseRows())) && rows, 90000);
    } catch (err) {
      throw new Error(`${(err as Error).message}\nCases view: ${rows.join(' || ')}`);
    }
  }

  it('lists the case and its documents in procedural order, each with its stage and error count', async () => {
    await vs.command('View: Show Explorer');
    const rows = await waitForRows('the sample case and its four documents', (r) => r.length >= 5);
    assert.match(rows[0]!, /未如实记录安全生产教育和培训情况案.*已送达.*张应急立字〔2025〕37号/);
    const order = ['现场检查笔录', '询问笔录', '行政处罚告知书', '行政处罚决定书'];
    assert.ok(
      order.every((doc, i) => rows[i + 1]!.startsWith(doc)),
      rows.join(' || '),
    );
    assert.match(rows[4]!, /已送达.*2025-06-27/);
    assert.ok(
      rows.every((r) => !/错误/.test(r)),
      rows.join(' || '),
    );
  });

  it('shows a case finding on the notice and the decision, and clears both when the notice is fixed', async () => {
    const clean = vs.read(NOTICE);
    await vs.open('case/decision.case.md');
    // A colleague's copy of the notice, dated a day later than the decision says it was given.
    writeFileSync(vs.file(NOTICE), clean.replace('  告知: 2025-06-17', '  告知: 2025-06-18'));
    try {
      const rows = await vs.waitForProblems(
        'case/procedure-dates on both documents',
        (r) => r.filter((x) => x.includes('case/procedure-dates')).length >= 2,
        { filter: 'case/procedure-dates' },
      );
      assert.ok(rows.some((r) => /2025-06-18/.test(r)));
      await waitForRows(
        'the error counts of the notice and the decision',
        (r) =>
          r.some((x) => x.startsWith('行政处罚告知书') && /错误/.test(x)) &&
          r.some((x) => x.startsWith('行政处罚决定书') && /错误/.test(x)),
      );
      await vs.screenshot(screenshotPath('vscode-cases.png', vs.tmp));
    } finally {
      writeFileSync(vs.file(NOTICE), clean);
    }
    await vs.waitForProblems('no case/procedure-dates', (r) => r.length === 0, {
      filter: 'case/procedure-dates',
    });
    await waitForRows('no errors in the case', (r) => r.length >= 5 && r.every((x) => !/错误/.test(x)));
  });

  it('draws the case’s timeline in the timeline panel: every document on its date and the periods; restored after a reload', async () => {
    await vs.open('case/decision.case.md');
    await vs.command('CaseDraft: 显示案件时间轴');
    const frame = await vs.webview('svg');
    await until(
      'the four documents on the case timeline',
      async () => (await frame.locator('svg .document').count()) === 4,
    );
    assert.ok((await frame.locator('svg g.deadline').count()) >= 3, 'the statutory periods');
    // The holidays are drawn when the case spans one (test/core/case-draft.test.ts); June 2025 has none.
    await vs.screenshot(screenshotPath('vscode-case-timeline.png', vs.tmp));
    // The panel is the timeline panel: VS Code restores it, for the same case, after a reload.
    await vs.command('Developer: Reload Window');
    await vs.page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    const again = await vs.webview('svg .document', 120000);
    assert.equal(await again.locator('svg .document').count(), 4);
  });

  it('exports the 卷宗 of the case behind its 卷内目录', async () => {
    await vs.open('case/decision.case.md');
    await vs.command('CaseDraft: 导出卷宗');
    await vs.toast(/已导出.*卷宗\.docx/);
    const out = vs.file('case/卷宗.docx');
    await until('卷宗.docx written', () => existsSync(out));
    const docx = await openDocx(readFileSync(out));
    assert.equal(docx.paragraphs()[0], '卷内目录');
  });

  it('drafts a new decision of the case from its notice, nothing typed twice', async () => {
    await vs.open(NOTICE);
    await vs.command('CaseDraft: 在本案中新建文书…');
    await vs.pick('行政处罚决定书');
    const made = 'case/penalty-decision.case.md';
    await vs.page.locator('.tab.active', { hasText: 'penalty-decision.case.md' }).waitFor({ timeout: 60000 });
    const text = vs.read(made);
    assert.match(text, /案件编号: 张应急立字〔2025〕37号/);
    assert.match(text, /罚款: 20000/);
    assert.match(text, /本机关决定：/);
  });
});
