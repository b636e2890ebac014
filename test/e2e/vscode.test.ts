// End to end in real VS Code (code-server 4.100.3 = VS Code 1.100.3, driven by Debian's Chromium
// through playwright-core), as /work/shared/notes/vscode-e2e.md describes: the packaged .vsix is
// installed, a flawed draft is opened, the Problems panel is read, a quick fix is applied from the
// light-bulb menu, a setting is changed in the Settings editor, the draft is exported to DOCX, a new
// draft is made from a template, the procedure timeline opens in a webview, and screenshots are
// saved to docs/images/ (vscode-problems.png, vscode-timeline.png).
// Skips (with the reason) when code-server or Chromium is not installed: scripts/ci/setup-vscode-e2e.sh.
import { strict as assert } from 'node:assert';
import { skipSuite } from '../helpers/skips';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CS = process.env.CASEDRAFT_CODE_SERVER_DIR ?? '/var/cache/casedraft/code-server-4.100.3';
const CODE_SERVER = join(CS, 'node_modules/.bin/code-server');
const CHROMIUM = process.env.CASEDRAFT_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'docs/images/vscode-problems.png');

function missing(): string | undefined {
  if (!existsSync(join(CS, '.casedraft-ready')) || !existsSync(CODE_SERVER))
    return `code-server is not installed in ${CS}`;
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(ROOT, 'node_modules/playwright-core'))) return 'playwright-core is not installed';
  if (!existsSync(join(ROOT, 'dist/server.js')) || !existsSync(join(ROOT, 'dist/extension.js')))
    return 'dist/ is not built (npm run build)';
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The clean base decision with two flaws: the 救济途径 section is gone (error) and a law is cited by its short name (warning). */
function flawedDraft(): string {
  const base = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');
  const cut = base.slice(0, base.indexOf('## 救济途径')) + base.slice(base.indexOf('## 落款'));
  return cut.replace('《中华人民共和国安全生产法》第二十八条', '《安全生产法》第二十八条');
}

describe('VS Code end to end (code-server + Chromium)', function () {
  this.timeout(300000);
  // A real browser driving a real workbench on a loaded 2-core machine: a click can land before the
  // workbench is ready. Each attempt starts from a fresh code-server, so a retry proves the same thing.
  this.retries(2);
  const why = missing();
  let tmp = '';
  let server: ChildProcess | undefined;

  before(function () {
    if (why) skipSuite(this, why, 'bash scripts/ci/setup-vscode-e2e.sh');
    tmp = mkdtempSync(join(tmpdir(), 'casedraft-e2e-'));
  });

  // code-server leaves a file watcher and extension hosts behind: end its whole process group.
  const stopServer = () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    server = undefined;
  };

  after(() => {
    stopServer();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the problems, applies a quick fix, a setting, DOCX export, a new draft and the timeline from the UI', async () => {
    stopServer(); // left over from a failed attempt
    // Package the extension exactly as `npm run package` does, into the temporary folder.
    const vsix = join(tmp, 'casedraft.vsix');
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@vscode/vsce/vsce'),
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '--skip-license',
        '--readme-path',
        'client/README.md',
        '-o',
        vsix,
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const ud = join(tmp, 'ud');
    const ext = join(tmp, 'ext');
    const ws = join(tmp, 'workspace');
    mkdirSync(join(ud, 'User'), { recursive: true });
    // A fresh workspace per attempt: an export left by a failed attempt would meet the overwrite prompt.
    rmSync(ws, { recursive: true, force: true });
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'decision.case.md'), flawedDraft());
    // What an officer would set: messages in Chinese; no welcome page or trust prompt in the way.
    const userSettings: Record<string, unknown> = {
      'casedraft.locale': 'zh-cn',
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': 'Default Light Modern',
      'security.workspace.trust.enabled': false,
      'workbench.tips.enabled': false,
      'chat.commandCenter.enabled': false,
      'window.commandCenter': false,
      'editor.minimap.enabled': false,
      'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
    };
    writeFileSync(join(ud, 'User/settings.json'), JSON.stringify(userSettings));
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(tmp, 'xdg/config'),
      XDG_DATA_HOME: join(tmp, 'xdg/data'),
    };
    execFileSync(
      CODE_SERVER,
      ['--user-data-dir', ud, '--extensions-dir', ext, '--install-extension', vsix, '--force'],
      { env, stdio: 'pipe' },
    );

    const port = await freePort();
    server = spawn(
      CODE_SERVER,
      [
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--user-data-dir',
        ud,
        '--extensions-dir',
        ext,
        ws,
      ],
      { env, detached: true, stdio: 'ignore' },
    );
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }

    const { chromium } = await import('playwright-core');
    // A fresh Chromium profile per run (playwright's persistent context owns --user-data-dir).
    const browser = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      await page
        .locator('.explorer-folders-view [aria-label="decision.case.md"]')
        .first()
        .click({ timeout: 60000 });
      const markerRows = async () => {
        const rows = page.locator('.markers-panel .monaco-list-row');
        return (
          await rows.evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`.trim()),
          )
        ).filter(Boolean);
      };
      // The findings are below the front matter, out of view: read them in the Problems panel.
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 90000 });
      let rows: string[] = [];
      for (let i = 0; i < 120; i++) {
        rows = await markerRows();
        if (
          rows.some((r) => r.includes('structure/missing-section')) &&
          rows.some((r) => r.includes('citation/short-name'))
        )
          break;
        await sleep(250);
      }
      const missingRow = rows.find((r) => r.includes('structure/missing-section'));
      assert.ok(missingRow, `Problems panel rows: ${rows.join(' || ')}`);
      assert.match(missingRow, /救济途径/);
      assert.match(missingRow, /Error|错误/i);
      const shortRow = rows.find((r) => r.includes('citation/short-name'));
      assert.ok(shortRow, rows.join(' || '));
      // A full name at first citation is CaseDraft's convention (house style): information.
      assert.match(shortRow, /Info|信息/i);

      // Go to the problem from its row: the editor scrolls to it and shows the squiggles.
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: 'structure/missing-section' })
        .first()
        .click();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.squiggly-error', { timeout: 30000 });
      await sleep(500);
      // What the officer sees: squiggles in the draft, the findings listed with their rule and article.
      // docs/images/vscode-problems.png is written when missing or asked for
      // (CASEDRAFT_UPDATE_SCREENSHOT=1): a test run must not leave a changed tracked file behind.
      const shot =
        !existsSync(SCREENSHOT) || process.env.CASEDRAFT_UPDATE_SCREENSHOT
          ? SCREENSHOT
          : join(tmp, 'vscode-problems.png');
      mkdirSync(join(shot, '..'), { recursive: true });
      await page.screenshot({ path: shot });
      assert.ok(readFileSync(shot).length > 10000, 'the screenshot is empty');

      // Quick fix from the UI: the cursor is on the problem; open the light-bulb menu and pick the fix.
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget').getByText('从模板插入「救济途径」部分', { exact: true });
      await item.waitFor({ timeout: 30000 });
      // The menu highlights its first entry, the preferred fix; Enter applies the highlighted entry.
      const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText();
      assert.match(focused, /从模板插入「救济途径」部分/);
      await page.keyboard.press('Enter');

      for (let i = 0; i < 120; i++) {
        rows = await markerRows();
        if (!rows.some((r) => r.includes('structure/missing-section'))) break;
        await sleep(250);
      }
      assert.ok(
        !rows.some((r) => r.includes('structure/missing-section')),
        `still listed after the fix: ${rows.join(' || ')}`,
      );
      // The other finding is untouched.
      assert.ok(
        rows.some((r) => r.includes('citation/short-name')),
        rows.join(' || '),
      );
      // Saved from the editor, the draft on disk has the section the fix inserted from the template.
      await page.keyboard.press('Control+S');
      let saved = '';
      for (let i = 0; i < 80 && !saved.includes('## 救济途径'); i++) {
        await sleep(250);
        saved = readFileSync(join(ws, 'decision.case.md'), 'utf8');
      }
      assert.ok(saved.includes('## 救济途径'), 'the fixed draft was not saved');
      assert.ok(saved.indexOf('## 救济途径') < saved.indexOf('## 落款'));
      // The inserted clause holds the template's blanks, errors until filled (structure/placeholder):
      // the officer fills them in (here on disk; the saved editor reloads it).
      assert.ok(
        rows.some((r) => r.includes('structure/placeholder')),
        `the clause's blanks are not listed: ${rows.join(' || ')}`,
      );
      writeFileSync(
        join(ws, 'decision.case.md'),
        saved.replace('（人民政府全称）', '张家港市人民政府').replace('（人民法院全称）', '张家港市人民法院'),
      );
      for (let i = 0; i < 120; i++) {
        rows = await markerRows();
        if (!rows.some((r) => r.includes('structure/placeholder'))) break;
        await sleep(250);
      }
      assert.ok(
        !rows.some((r) => r.includes('structure/placeholder')),
        `still listed once filled in: ${rows.join(' || ')}`,
      );

      // The procedure timeline: the command opens a webview beside the draft with the server's SVG.
      // A setting changed in the Settings editor applies at once: the messages switch to English.
      await page.keyboard.press('F1');
      await page.keyboard.type('Preferences: Open Settings (UI)');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Open Settings (UI)' })
        .first()
        .waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      await page.locator('.settings-editor').waitFor({ timeout: 30000 });
      await page.keyboard.type('casedraft.locale');
      await page
        .locator('.settings-editor select[aria-label="casedraft.locale"]')
        .selectOption('en', { timeout: 30000 });
      for (let i = 0; i < 120; i++) {
        rows = await markerRows();
        if (rows.some((r) => r.includes('citation/short-name') && /first citation/i.test(r))) break;
        await sleep(250);
      }
      assert.ok(
        rows.some((r) => r.includes('citation/short-name') && /first citation/i.test(r)),
        `the setting did not apply: ${rows.join(' || ')}`,
      );
      // Back to the draft.
      await page.locator('.tab', { hasText: 'decision.case.md' }).first().click();

      // Export to DOCX: the command runs the bundled CLI beside the draft (warnings only: no prompt).
      await page.keyboard.press('F1');
      await page.keyboard.type('CaseDraft: Export to DOCX');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Export to DOCX' })
        .first()
        .waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      const docx = join(ws, 'decision.docx');
      for (let i = 0; i < 240 && !existsSync(docx); i++) await sleep(250);
      assert.ok(existsSync(docx), 'decision.docx was not written');
      // A DOCX is a ZIP: it starts with PK.
      assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
      await page
        .locator('.notifications-toasts', { hasText: 'decision.docx' })
        .first()
        .waitFor({ timeout: 30000 });

      // New draft from a template: the quick pick lists the document types; the draft opens untitled.
      await page.keyboard.press('F1');
      await page.keyboard.type('CaseDraft: New Draft from Template');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'New Draft from Template' })
        .first()
        .waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: '行政处罚告知书' })
        .first()
        .click({ timeout: 30000 });
      await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 30000 });
      await page
        .locator('.editor-instance .view-lines', { hasText: '文书: 行政处罚告知书' })
        .first()
        .waitFor({ timeout: 30000 });
      // Back to the draft for the timeline.
      await page.locator('.tab', { hasText: 'decision.case.md' }).first().click();

      // Room for the timeline: the sidebar closes (as a person would, to read it).
      await page.keyboard.press('F1');
      await page.keyboard.type('View: Close Primary Side Bar');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Close Primary Side Bar' })
        .first()
        .waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      await page.keyboard.press('F1');
      await page.keyboard.type('CaseDraft: Show Procedure Timeline');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Show Procedure Timeline' })
        .first()
        .waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      // A webview is an iframe holding the content's iframe.
      const svg = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame').locator('svg');
      await svg.waitFor({ timeout: 60000 });
      assert.equal(await svg.locator('g.step[data-step="决定"]').count(), 1);
      assert.ok((await svg.locator('g.deadline').count()) >= 3);
      const timelineShot = join(ROOT, 'docs/images/vscode-timeline.png');
      await page.screenshot({
        path:
          !existsSync(timelineShot) || process.env.CASEDRAFT_UPDATE_SCREENSHOT
            ? timelineShot
            : join(tmp, 'vscode-timeline.png'),
      });
    } catch (err) {
      // Keep what a person needs to see why: the page as it was, and the logs (extension host, server).
      const keep = mkdtempSync(join(tmpdir(), 'casedraft-e2e-failure-'));
      await browser
        .pages()[0]
        ?.screenshot({ path: join(keep, 'page.png') })
        .catch(() => undefined);
      const html = await browser
        .pages()[0]
        ?.content()
        .catch(() => '');
      writeFileSync(join(keep, 'page.html'), html ?? '');
      execFileSync('cp', ['-r', join(ud, 'logs'), keep], { stdio: 'ignore' });
      console.log(`      e2e failure: screenshot and logs kept in ${keep}`);
      throw err;
    } finally {
      await browser.close();
    }
  });
});
