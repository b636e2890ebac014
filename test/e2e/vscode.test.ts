// End to end in real VS Code (code-server 4.100.3 = VS Code 1.100.3, driven by Debian's Chromium
// through playwright-core): the packaged .vsix in a fresh code-server, driven as an officer would,
// one `it` per thing the officer does. VS Code's display language is English here (no language
// pack), as on most officers' machines: everything CaseDraft shows must still be Chinese.
// Screenshots go to docs/images/ (vscode-problems.png, vscode-timeline.png, …; see screenshotPath).
// Skips (with the reason) when code-server or Chromium is not installed: scripts/ci/setup-vscode-e2e.sh.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { openDocx, referencedPart } from '../export/docxReader';
import { ROOT, screenshotPath, sessionSuite, until } from './vscode';

/** The clean base decision with two flaws: the 救济途径 section is gone (error) and a law is cited by its short name (warning). */
function flawedDraft(): string {
  const base = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');
  const cut = base.slice(0, base.indexOf('## 救济途径')) + base.slice(base.indexOf('## 落款'));
  return cut.replace('《中华人民共和国安全生产法》第二十八条', '《安全生产法》第二十八条');
}

const CLEAN = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
const PERSON = readFileSync(join(ROOT, 'test/fixtures/individual-decision.case.md'), 'utf8');

/** The workspace every step starts from (an imported DOCX is added before the start). */
const FILES: Record<string, string | Uint8Array> = {
  'decision.case.md': flawedDraft(),
  'clean/decision.case.md': CLEAN,
  'person/individual.case.md': PERSON,
  // Saved from the template under a plain .md name: it must be offered to be checked, not ignored.
  '恒达建设扬尘案.md': CLEAN,
  // A new decision from the template, for the case form.
  'form/新案件.case.md': readFileSync(join(ROOT, 'data/templates/penalty-decision.case.md'), 'utf8'),
  // A draft with an error: its preview is marked 草稿.
  'preview/草稿.case.md': flawedDraft(),
  // Evidence numbered 1, 2, 3, 5: the renumbering fix makes it the clean decision again.
  'numbering/decision.case.md': CLEAN.replaceAll('证据4', '证据5'),
  // A config with a dictionary that does not exist: the language status shows the problem.
  'person/casedraft.config.json': JSON.stringify({ dictionaries: ['./our-terms.json'] }, null, 2),
};

describe('VS Code end to end (code-server + Chromium)', function () {
  const vs = sessionSuite(this, 'casedraft-e2e-', async () => ({
    ...FILES,
    // A decision as a colleague sends it: a DOCX, to be imported.
    'import/决定书.docx': await exportDocx(parseCase(CLEAN)),
  }));

  it('lists the findings in Chinese in an English VS Code; a rule link opens its page, rendered', async () => {
    await vs.open('decision.case.md');
    const rows = await vs.waitForProblems(
      'the two findings',
      (r) =>
        r.some((x) => x.includes('structure/missing-section')) &&
        r.some((x) => x.includes('citation/short-name')),
    );
    const missingRow = rows.find((r) => r.includes('structure/missing-section'))!;
    assert.match(missingRow, /缺少「救济途径」部分/);
    assert.match(missingRow, /Error|错误/i);
    // A full name at first citation is CaseDraft's convention (house style): information.
    assert.match(
      rows.find((r) => r.includes('citation/short-name'))!,
      /Info|信息/i,
    );

    // From its row to the problem: the editor scrolls there and shows the squiggle.
    await vs.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'structure/missing-section' })
      .first()
      .click();
    await vs.page.keyboard.press('Enter');
    await vs.page.waitForSelector('.squiggly-error', { timeout: 30000 });
    await vs.screenshot(screenshotPath('vscode-problems.png', vs.tmp));

    // The rule id is a link: its page opens rendered (HTML shipped in the .vsix), not as raw Markdown.
    await vs.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'structure/missing-section' })
      .first()
      .locator('.code-link, a.monaco-link')
      .first()
      .click();
    const doc = await vs.webview('h1');
    assert.equal(await doc.locator('h1').first().innerText(), 'structure/missing-section');
    assert.ok((await doc.locator('h2').count()) >= 2, 'the page has its sections');
    assert.equal(await doc.locator('code', { hasText: '.md' }).count(), 0);
  });

  it('applies a quick fix from the light-bulb menu and saves the draft', async () => {
    await vs.open('decision.case.md');
    await vs.waitForProblems(
      'the missing section',
      (r) => r.some((x) => x.includes('structure/missing-section')),
      {
        filter: 'decision.case.md',
      },
    );
    // The menu highlights its first entry, the preferred fix; Enter applies it.
    assert.match(
      await vs.lightBulb('structure/missing-section', '从模板插入「救济途径」部分'),
      /从模板插入「救济途径」部分/,
    );
    await vs.page.keyboard.press('Enter');
    const rows = await vs.waitForProblems(
      'the fix to clear the finding',
      (r) => !r.some((x) => x.includes('structure/missing-section')),
      { filter: 'decision.case.md' },
    );
    assert.ok(
      rows.some((r) => r.includes('citation/short-name')),
      'the other finding is untouched',
    );
    await vs.page.keyboard.press('Control+S');
    const saved = await until(
      'the fixed draft on disk',
      () => vs.read('decision.case.md').includes('## 救济途径') && vs.read('decision.case.md'),
    );
    assert.ok(saved.indexOf('## 救济途径') < saved.indexOf('## 落款'));
    // The inserted clause holds the template's blanks, errors until filled (structure/placeholder):
    // the officer fills them in (here on disk; the saved editor reloads it).
    await vs.waitForProblems(
      'the clause’s blanks listed',
      (r) => r.some((x) => x.includes('structure/placeholder')),
      { filter: 'decision.case.md' },
    );
    writeFileSync(
      vs.file('decision.case.md'),
      saved.replace('（人民政府全称）', '张家港市人民政府').replace('（人民法院全称）', '张家港市人民法院'),
    );
    await vs.waitForProblems(
      'the blanks filled in',
      (r) => !r.some((x) => x.includes('structure/placeholder')),
      { filter: 'decision.case.md' },
    );
  });

  it('renumbers evidence numbered 1, 2, 3, 5 from the light bulb, citations and all', async () => {
    await vs.open('numbering/decision.case.md');
    await vs.waitForProblems(
      'the gap in the evidence numbers',
      (r) => r.some((x) => x.includes('evidence/numbering') && x.includes('缺少证据4')),
      { filter: 'evidence/numbering' },
    );
    // The renumbering is the preferred fix: the menu highlights it first, Enter applies it.
    assert.match(
      await vs.lightBulb('evidence/numbering', '按顺序重新编号证据（证据1至证据4），并更新所有引用'),
      /按顺序重新编号证据/,
    );
    await vs.page.keyboard.press('Enter');
    await vs.waitForProblems('the finding gone', (r) => !r.some((x) => x.includes('evidence/numbering')), {
      filter: 'evidence/numbering',
    });
    await vs.page.keyboard.press('Control+S');
    // Renumbered in order, and the body's [证据5] follows its row: the draft is the clean one again.
    await until('the renumbered draft on disk', () => vs.read('numbering/decision.case.md') === CLEAN);
  });

  it('shows a cited article’s text and the fine range it sets when hovered', async () => {
    await vs.open('clean/decision.case.md');
    const lines = CLEAN.split('\n');
    const line = lines.findIndex((l) => l.includes('依据《中华人民共和国安全生产法》第九十七条第四项'));
    const column = lines[line]!.indexOf('第九十七条') + 2;
    await vs.command('Go to Line/Column...', 'Go to Line/Column');
    await vs.page.keyboard.type(`${line + 1}:${column + 1}`);
    await vs.page.keyboard.press('Enter');
    await vs.command('Show or Focus Hover');
    const hover = vs.page.locator('.monaco-hover', { hasText: '罚款幅度' }).first();
    await hover.waitFor({ timeout: 30000 });
    const text = await hover.innerText();
    assert.match(text, /教育和培训/);
    assert.match(text, /100,000元以下/);
  });

  it('shows which configuration applies and what is wrong in it; Open Configuration opens it', async () => {
    await vs.open('person/individual.case.md');
    // The language status ({} beside the language mode) names the file and is marked as an error.
    const entry = vs.page.locator('#status\\.languageStatus');
    await entry.waitFor({ timeout: 60000 });
    await entry.hover();
    const hover = vs.page
      .locator('.monaco-hover, .context-view', { hasText: 'person/casedraft.config.json' })
      .first();
    await hover.waitFor({ timeout: 60000 });
    assert.match(await hover.innerText(), /配置中有 1 处问题：.*our-terms\.json/s);
    await vs.page.keyboard.press('Escape');
    await vs.command('CaseDraft: 打开配置');
    await vs.page.locator('.tab.active', { hasText: 'casedraft.config.json' }).waitFor({ timeout: 30000 });
  });

  it('New Draft from Template asks for the case name and folder, and writes <name>.case.md', async () => {
    rmSync(vs.file('宏远物流超载案.case.md'), { force: true }); // left by a failed attempt
    await vs.command('CaseDraft: 从模板新建草稿');
    await vs.pick('行政处罚决定书');
    await vs.answer('宏远物流超载案');
    await vs.pick('工作区文件夹');
    await vs.page.locator('.tab.active', { hasText: '宏远物流超载案.case.md' }).waitFor({ timeout: 30000 });
    const text = await until(
      'the new draft on disk',
      () => existsSync(vs.file('宏远物流超载案.case.md')) && vs.read('宏远物流超载案.case.md'),
    );
    assert.match(text, /^文书: 行政处罚决定书$/m);
    assert.match(text, /^案由: 宏远物流超载案$/m, 'the name fills the template’s 案由');
    // It is checked as a draft at once: its findings are in the Problems panel.
    await vs.waitForProblems(
      'the new draft checked',
      (r) => r.some((x) => x.includes('宏远物流超载案.case.md')),
      {
        filter: '宏远物流超载案',
      },
    );
  });

  it('offers to check a draft saved as .md, and renames it to .case.md', async () => {
    await vs.open('恒达建设扬尘案.md');
    const toast = await vs.toast('只有 *.case.md 文件会被检查');
    await toast.locator('.monaco-button', { hasText: '改名为 恒达建设扬尘案.case.md' }).click();
    await until(
      'the renamed file',
      () => existsSync(vs.file('恒达建设扬尘案.case.md')) && !existsSync(vs.file('恒达建设扬尘案.md')),
    );
    await vs.page.locator('.tab.active', { hasText: '恒达建设扬尘案.case.md' }).waitFor({ timeout: 30000 });
    // Checked now: the status bar counts its findings.
    await vs.page.locator('.statusbar-item', { hasText: 'CaseDraft' }).first().waitFor({ timeout: 60000 });
  });

  it('exports to DOCX, says which file it wrote, and offers what code-server supports (no revealFileInOS)', async () => {
    rmSync(vs.file('clean/decision.docx'), { force: true });
    await vs.open('clean/decision.case.md');
    await vs.command('CaseDraft: 导出为 DOCX');
    const toast = await vs.toast('已导出：clean/decision.docx');
    const buttons = await toast.locator('.monaco-button').allInnerTexts();
    assert.deepEqual(
      buttons.map((b) => b.trim()).sort(),
      ['在资源管理器中显示', '查看'].sort(),
      buttons.join(', '),
    );
    assert.equal(readFileSync(vs.file('clean/decision.docx')).subarray(0, 2).toString('latin1'), 'PK');
    // 查看: the DOCX as pages in the editor.
    await toast.locator('.monaco-button', { hasText: '查看' }).click();
    const pages = await vs.webview('section.page');
    await until(
      'the pages rendered',
      async () => Number(await pages.locator('body').getAttribute('data-pages')) >= 2,
    );
    assert.match(
      await pages.locator('section.page').first().innerText(),
      /张家港市应急管理局\s*行政处罚决定书/,
    );
  });

  it('writes the publication copy under its own name, marked 公开版 on every page', async () => {
    rmSync(vs.file('clean/decision.public.docx'), { force: true });
    await vs.open('clean/decision.case.md');
    await vs.command('CaseDraft: 导出公开版');
    await vs.toast('已导出公开版（个人信息已屏蔽）：clean/decision.public.docx');
    const doc = await openDocx(readFileSync(vs.file('clean/decision.public.docx')));
    assert.match(doc.paragraphs(referencedPart(doc, 'header', 'default')).join(''), /^公开版/);
  });

  it('previews the exported DOCX beside the draft as A4 pages: margins, 22 × 28, page numbers, the authority, updated as the officer types', async () => {
    await vs.open('clean/decision.case.md');
    await vs.command('CaseDraft: 打印预览');
    const preview = await vs.webview('section.page');
    await until(
      'the pages',
      async () => Number(await preview.locator('body').getAttribute('data-pages')) >= 2,
    );
    assert.equal(await preview.locator('body').getAttribute('data-lines-per-page'), '22');
    // A4 and the GB/T 9704 margins: 37 mm above the text, 28 mm to its left.
    const [w, h, top, left] = (await preview.evaluate(
      '(() => { const p = document.querySelector("section.page"); const s = getComputedStyle(p); return [p.offsetWidth, p.offsetHeight, parseFloat(s.paddingTop), parseFloat(s.paddingLeft)]; })()',
    )) as number[];
    assert.ok(Math.abs(h! / w! - 297 / 210) < 0.01, `page ${w} × ${h}`);
    assert.ok(
      Math.abs(top! / h! - 37 / 297) < 0.005 && Math.abs(left! / w! - 28 / 210) < 0.005,
      `margins ${top}, ${left}`,
    );
    // 28 characters a line: a paragraph indented two characters holds 26 on its first line.
    const firstLine = (await preview.evaluate(`(() => {
      const p = [...document.querySelectorAll('section.page article p')].find((x) => x.textContent.startsWith('经查，当事人主要从事'));
      const text = p.textContent; const range = document.createRange(); let node = p.querySelector('span').firstChild; let n = 0; let top;
      for (let i = 0; i < node.length; i++) { range.setStart(node, i); range.setEnd(node, i + 1); const r = range.getBoundingClientRect(); if (top === undefined) top = r.top; if (Math.abs(r.top - top) > 2) break; n++; }
      return n; })()`)) as number;
    assert.equal(firstLine, 26);
    const pages = preview.locator('section.page');
    const first = await pages.first().innerText();
    // The printed heading: the authority over the title.
    assert.match(first, /^\s*张家港市应急管理局\s*行政处罚决定书/);
    assert.doesNotMatch(first, /草稿/);
    assert.equal((await pages.first().locator('footer').innerText()).trim(), '— 1 —');
    assert.equal((await pages.nth(1).locator('footer').innerText()).trim(), '— 2 —');
    await vs.screenshot(screenshotPath('vscode-preview.png', vs.tmp));
    // Typing in the draft re-makes the pages.
    await vs.page.locator('.editor-instance .view-lines').first().click();
    await vs.page.keyboard.press('Control+End');
    await vs.page.keyboard.type('\n\n附：测试打印预览更新');
    await until(
      'the typed words in the pages',
      async () => (await pages.last().innerText()).includes('测试打印预览更新'),
      60000,
    );
    await vs.command('File: Revert File');
    // A draft with errors previews marked 草稿 on every page.
    await vs.open('preview/草稿.case.md');
    await vs.command('CaseDraft: 打印预览');
    const draft = await until('the draft’s preview', async () => {
      for (const f of vs.page.frames()) {
        const header = await f
          .locator('section.page header')
          .first()
          .innerText({ timeout: 1000 })
          .catch(() => '');
        if (header.includes('草稿')) return f;
      }
      return undefined;
    });
    const count = await draft.locator('section.page').count();
    assert.equal(await draft.locator('section.page header', { hasText: '草稿' }).count(), count);
    assert.match(await draft.locator('#warning').innerText(), /草稿：有 \d+ 个错误/);
  });

  it('fills the case in a form: a known party completes, a date from the picker, the body follows, undo works', async () => {
    await vs.open('form/新案件.case.md');
    await vs.command('CaseDraft: 编辑案件信息');
    const form = await vs.webview('body[data-ready]');
    const field = (...path: (string | number)[]) => form.locator(`[name='${JSON.stringify(path)}']`);
    // The party's name completes from the workspace (clean/decision.case.md); choosing it fills the party.
    await field('当事人', '名称').fill('张家港市锦帆精密机械有限公司');
    await field('当事人', '名称').press('Tab');
    await until(
      'the party filled in',
      async () => (await field('当事人', '统一社会信用代码').inputValue()) === '91320582MA27RT5K3T',
    );
    // A date through the date input.
    await field('程序', '立案').fill('2025-03-11');
    await field('程序', '立案').press('Tab');
    await vs.screenshot(screenshotPath('vscode-form.png', vs.tmp));
    // Back in the draft: saved, the YAML and the body's 当事人 block say the same.
    await vs.page.locator('.tab', { hasText: '新案件.case.md' }).first().click();
    await vs.page.keyboard.press('Control+S');
    const saved = await until('the form’s edits on disk', () => {
      const t = vs.read('form/新案件.case.md');
      return t.includes('立案: 2025-03-11') && t;
    });
    assert.match(saved, /^ {2}统一社会信用代码: 91320582MA27RT5K3T$/m);
    assert.match(saved, /^当事人：张家港市锦帆精密机械有限公司$/m);
    assert.match(saved, /^统一社会信用代码：91320582MA27RT5K3T$/m);
    // Undo in the editor takes back the form's last edit (the date).
    await vs.page.locator('.editor-instance .view-lines').first().click();
    await vs.page.keyboard.press('Control+Z');
    await vs.page.keyboard.press('Control+S');
    await until('the date undone', () => vs.read('form/新案件.case.md').includes('立案: 2025-01-02'));
    // The form follows the text: it shows the undone date.
    await until('the form redrawn', async () => (await field('程序', '立案').inputValue()) === '2025-01-02');
  });

  it('offers Export in the Explorer’s context menu of a draft', async () => {
    const row = vs.page.locator('.explorer-folders-view [aria-label="decision.case.md"]').first();
    await row.click({ button: 'right' });
    const menu = vs.page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 30000 });
    const items = await menu.locator('.action-label').allInnerTexts();
    for (const title of ['导出为 DOCX', '导出公开版（屏蔽个人信息）', '打印预览'])
      assert.ok(
        items.some((i) => i.includes(title)),
        `${title} in ${items.join(' | ')}`,
      );
    await vs.page.keyboard.press('Escape');
  });

  it('imports a decision from its DOCX through the Explorer’s context menu', async () => {
    rmSync(vs.file('import/决定书.case.md'), { force: true }); // left by a failed attempt
    await vs.expand('import');
    const menu = vs.page.locator('.context-view .monaco-menu');
    // A menu item answers to the pointer over it and Enter (a synthetic click does not reach it);
    // a menu that opened slowly may miss the first Enter: open it again and repeat.
    await until('the import chosen from the context menu', async () => {
      if (!(await menu.isVisible())) {
        await vs.page
          .locator('.explorer-folders-view [aria-label="决定书.docx"]')
          .first()
          .click({ button: 'right' });
        await menu.waitFor({ timeout: 10000 });
      }
      await menu.locator('.action-label', { hasText: '导入文书…' }).first().hover({ timeout: 10000 });
      await vs.page.keyboard.press('Enter');
      return menu.waitFor({ state: 'hidden', timeout: 5000 }).then(
        () => true,
        () => false,
      );
    });
    const text = await until(
      'the imported draft',
      () => existsSync(vs.file('import/决定书.case.md')) && vs.read('import/决定书.case.md'),
    );
    assert.match(text, /^导入自: /m);
    assert.match(text, /^机关: 张家港市应急管理局$/m);
    await vs.page.locator('.tab.active', { hasText: '决定书.case.md' }).waitFor({ timeout: 30000 });
  });

  it('runs casedraft lint as a task; its problem matcher lists the findings', async () => {
    await vs.command('Tasks: Run Task');
    // Once run, the task heads the list as recently used; else it is under its type.
    const tasks = vs.page.locator('.quick-input-list .monaco-list-row');
    await tasks.first().waitFor({ timeout: 30000 });
    if (await tasks.filter({ hasText: '检查草稿' }).count()) await vs.pick('检查草稿');
    else {
      await vs.pick('casedraft');
      await vs.pick('检查草稿');
    }
    // A row of the task's own: its source, and the rule id as the finding's code. (The panel is a
    // virtual list: only the first rows are in the page, whichever draft they are of.)
    const rows = await vs.waitForProblems(
      'the task’s findings',
      (r) => r.some((x) => /casedraft lint\s*\(?[a-z]+\/[a-z-]+/.test(x)),
      { filter: 'casedraft lint', timeout: 120000 },
    );
    assert.ok(
      rows.every((r) => !/casedraft lint/.test(r) || /casedraft lint\s*\(?[a-z]+\/[a-z-]+/.test(r)),
      rows.join(' || '),
    );
  });

  it('has Restart Server, Show Output and the walkthrough for the first draft', async () => {
    await vs.open('decision.case.md');
    await vs.command('CaseDraft: 重启语言服务器');
    await vs.command('CaseDraft: 显示输出');
    await vs.page
      .locator('.output-view, .panel', { hasText: 'CaseDraft' })
      .first()
      .waitFor({ timeout: 30000 });
    // After the restart the findings come back.
    await vs.waitForProblems(
      'the findings after a restart',
      (r) => r.some((x) => x.includes('citation/short-name')),
      {
        filter: 'citation/short-name',
      },
    );
    await vs.command('Welcome: Open Walkthrough', 'Open Walkthrough');
    await vs.pick('写第一份执法文书草稿');
    await vs.page
      .locator('.gettingStartedContainer', { hasText: '从模板新建草稿' })
      .first()
      .waitFor({ timeout: 30000 });
  });

  it('draws the timeline fitted to its panel in the theme’s colours, restores it after a reload, and follows a switch to English', async () => {
    await vs.open('decision.case.md');
    // Room for the timeline, as a person would make it to read it.
    if (await vs.page.locator('.part.sidebar').isVisible()) await vs.command('View: Close Primary Side Bar');
    await vs.command('CaseDraft: 显示办案程序时间轴');
    let frame = await vs.webview('svg g.step');
    assert.equal(await frame.locator('svg g.step[data-step="决定"]').count(), 1);
    assert.ok((await frame.locator('svg g.deadline').count()) >= 3);
    // The holidays the periods skip: 清明 (2025-04-04) lies between 告知送达 and 决定.
    assert.ok((await frame.locator('svg g.holiday[data-holiday="清明节"]').count()) === 1);
    // Fitted: as wide as the panel, whatever the SVG's own width.
    const [svgWidth, bodyWidth] = (await frame.evaluate(
      '[document.querySelector("svg").getBoundingClientRect().width, document.body.clientWidth]',
    )) as number[];
    // (640 px at least, so that its words stay readable; 1400 at most.)
    const fitted = Math.min(1400, Math.max(640, bodyWidth! - 16));
    assert.ok(Math.abs(svgWidth! - fitted) < 20, `svg ${svgWidth} in a body of ${bodyWidth}`);
    // The theme's colours, not the SVG's fixed ones.
    const [fill, background] = (await frame.evaluate(
      '[getComputedStyle(document.querySelector("svg > rect")).fill, getComputedStyle(document.body).backgroundColor]',
    )) as string[];
    assert.equal(fill, background);
    await vs.screenshot(screenshotPath('vscode-timeline.png', vs.tmp));

    await vs.command('Developer: Reload Window');
    await vs.page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    frame = await vs.webview('svg g.step', 120000);
    assert.equal(await frame.locator('svg g.step[data-step="决定"]').count(), 1);

    // English, chosen by the officer: the findings, the timeline and CaseDraft's own notices follow.
    await vs.command('Preferences: Open Settings (UI)', 'Open Settings (UI)');
    await vs.page.locator('.settings-editor').waitFor({ timeout: 30000 });
    await vs.page.keyboard.type('casedraft.locale');
    await vs.page
      .locator('.settings-editor select[aria-label="casedraft.locale"]')
      .selectOption('en', { timeout: 30000 });
    await vs.waitForProblems(
      'English findings',
      (r) => r.some((x) => x.includes('citation/short-name') && /first citation/i.test(x)),
      { filter: 'citation/short-name' },
    );
    frame = await until('the timeline in English', async () => {
      const f = await vs.webview('svg g.step');
      return ((await f.locator('svg').textContent()) ?? '').includes('Procedure') && f;
    });
    await vs.page.locator('.tab', { hasText: 'decision.case.md' }).first().click();
    await vs.command('CaseDraft: 导出为 DOCX');
    await vs.toast(/already exists|Wrote decision\.docx/);
  });
});
