// Drives real VS Code (code-server 4.100.3 = VS Code 1.100.3) with Debian's Chromium through
// playwright-core, as /work/shared/notes/vscode-e2e.md describes: the packaged .vsix is installed
// into a fresh code-server, which opens a workspace folder. Helpers wait for conditions (never a
// fixed sleep decides an outcome): the machine is a loaded 2-core VM.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { skipSuite } from '../helpers/skips';

export const ROOT = join(__dirname, '../..');
const CS = process.env.CASEDRAFT_CODE_SERVER_DIR ?? '/var/cache/casedraft/code-server-4.100.3';
const CODE_SERVER = join(CS, 'node_modules/.bin/code-server');
const CHROMIUM = process.env.CASEDRAFT_CHROMIUM ?? '/usr/bin/chromium';

/** Why the real-VS Code test cannot run here, if it cannot. */
export function missing(): string | undefined {
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

/** Polls `probe` until it returns something truthy; fails with `what` and the last value seen. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeout = 60000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(250);
  }
}

/** Packages the extension exactly as `npm run package` does. */
export function packageVsix(dir: string): string {
  const vsix = join(dir, 'casedraft.vsix');
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
  return vsix;
}

export class Session {
  /** Its folder: the workspace, code-server's user data, Chromium's profile; made by prepare(). */
  tmp = '';
  private vsix = '';
  private server?: ChildProcess;
  private browser?: BrowserContext;
  page!: Page;

  get ws(): string {
    return join(this.tmp, 'workspace');
  }

  private get ud(): string {
    return join(this.tmp, 'ud');
  }

  /** A fresh folder under the system's temp (named by `prefix`), and the extension packaged in it. */
  prepare(prefix: string): void {
    this.tmp = mkdtempSync(join(tmpdir(), prefix));
    this.vsix = packageVsix(this.tmp);
  }

  /**
   * A fresh code-server with the extension installed, on `files` (workspace-relative path →
   * text). No casedraft.locale: VS Code's display language is English here, as on any machine
   * without a language pack, and the officer must still get Chinese.
   */
  async start(
    files: Record<string, string | Uint8Array>,
    settings: Record<string, unknown> = {},
  ): Promise<void> {
    await this.stop();
    for (const d of [this.ws, this.ud, join(this.tmp, 'ext'), join(this.tmp, 'chromium')])
      rmSync(d, { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(this.ws, path, '..'), { recursive: true });
      writeFileSync(join(this.ws, path), text);
    }
    mkdirSync(join(this.ud, 'User'), { recursive: true });
    writeFileSync(
      join(this.ud, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': 'Default Light Modern',
        'security.workspace.trust.enabled': false,
        'workbench.tips.enabled': false,
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        'workbench.editor.enablePreview': false,
        'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
        // The page's title is the active editor's workspace path: open() knows which file it opened.
        'window.title': '${activeEditorMedium}',
        ...settings,
      }),
    );
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(this.tmp, 'xdg/config'),
      XDG_DATA_HOME: join(this.tmp, 'xdg/data'),
    };
    const ext = join(this.tmp, 'ext');
    execFileSync(
      CODE_SERVER,
      ['--user-data-dir', this.ud, '--extensions-dir', ext, '--install-extension', this.vsix, '--force'],
      {
        env,
        stdio: 'pipe',
      },
    );
    const port = await freePort();
    this.server = spawn(
      CODE_SERVER,
      [
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        // Workspace Trust is off unless a suite turns it on (trust.test.ts, Restricted Mode).
        ...(settings['security.workspace.trust.enabled'] === true ? [] : ['--disable-workspace-trust']),
        '--user-data-dir',
        this.ud,
        '--extensions-dir',
        ext,
        this.ws,
      ],
      // Its own process group: code-server leaves a file watcher and extension hosts behind.
      { env, detached: true, stdio: 'ignore' },
    );
    await until(
      'code-server to listen',
      async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok,
      60000,
    );
    const { chromium } = await import('playwright-core');
    // A fresh Chromium profile per run (playwright's persistent context owns --user-data-dir).
    this.browser = await chromium.launchPersistentContext(join(this.tmp, 'chromium'), {
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
    this.page = this.browser.pages()[0] ?? (await this.browser.newPage());
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.ws)}`);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90000 });
  }

  /** Whether the workbench still answers (a retry starts a fresh code-server when it does not). */
  async healthy(): Promise<boolean> {
    if (!this.page || this.page.isClosed()) return false;
    return (
      (await this.page
        .locator('.monaco-workbench')
        .count()
        .catch(() => 0)) > 0
    );
  }

  /** Closes the browser (awaited: it writes its profile as it exits) and kills code-server. */
  async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.server = undefined;
  }

  /** What a person needs to see why a step failed: the page, its HTML, the logs. */
  async keepEvidence(name: string): Promise<string> {
    const keep = mkdtempSync(join(tmpdir(), `casedraft-e2e-${name.replace(/\W+/g, '-').slice(0, 40)}-`));
    await this.page?.screenshot({ path: join(keep, 'page.png') }).catch(() => undefined);
    writeFileSync(join(keep, 'page.html'), (await this.page?.content().catch(() => '')) ?? '');
    if (existsSync(join(this.ud, 'logs')))
      execFileSync('cp', ['-r', join(this.ud, 'logs'), keep], { stdio: 'ignore' });
    return keep;
  }

  file(path: string): string {
    return join(this.ws, path);
  }

  read(path: string): string {
    return readFileSync(this.file(path), 'utf8');
  }

  /** Expands a folder of the Explorer (a click on an expanded one would fold it). */
  async expand(folder: string): Promise<void> {
    const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${folder}"]`).first();
    await row.waitFor({ timeout: 30000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await until(`${folder} expanded`, async () => (await row.getAttribute('aria-expanded')) === 'true');
  }

  /**
   * Runs a command from the palette by its title, as the officer would type it. The row is chosen
   * by its label (Enter would run whatever fuzzy match comes first); a palette opened before the
   * workbench was ready is tried again.
   */
  async command(title: string, pick = title): Promise<void> {
    const p = this.page;
    await until(`the command ${title} in the palette`, async () => {
      await p.keyboard.press('Escape');
      await p.keyboard.press('F1');
      await p.locator('.quick-input-widget input').waitFor({ timeout: 30000 });
      await p.keyboard.type(title);
      const row = p.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first();
      await row.waitFor({ timeout: 10000 });
      await row.click();
      return true;
    });
  }

  /**
   * From the Problems panel's row of `rule` to its place in the draft, then the light-bulb menu
   * there (Ctrl+.) once it lists `fix`: returns the menu's focused entry, the one Enter applies.
   */
  async lightBulb(rule: string, fix: string): Promise<string> {
    const p = this.page;
    await p.locator('.markers-panel .monaco-list-row', { hasText: rule }).first().click();
    await p.keyboard.press('Enter');
    // The menu is asked for where the cursor stands: wait until the editor shows the finding.
    await p.waitForSelector('.squiggly-error, .squiggly-warning, .squiggly-info', { timeout: 30000 });
    await p.keyboard.press('Control+.');
    await p.locator('.action-widget').getByText(fix, { exact: true }).waitFor({ timeout: 30000 });
    return p.locator('.action-widget .monaco-list-row.focused').innerText();
  }

  /** Picks a row of the open quick pick. */
  async pick(text: string): Promise<void> {
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: text })
      .first()
      .click({ timeout: 30000 });
  }

  /** Types into the open input box and accepts it. */
  async answer(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30000 });
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Opens a workspace file by its path through Quick Open (Ctrl+P), as a person would. Quick Open
   * fills its list in steps (recently opened first, then the file search) and reuses its row
   * elements, so a row is clicked only once the list has stood still, and the file counts as open
   * only when the window's title (set to the active editor's workspace path in start()) names it:
   * a click that landed on a row just rewritten, or on the same name in another folder, is tried
   * again.
   */
  async open(path: string): Promise<void> {
    const p = this.page;
    const name = path.split('/').pop()!;
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    // "decision.case.md clean, recently opened": the name, its folder, then notes.
    const label = dir ? `${name} ${dir}` : name;
    const rows = p.locator('.quick-input-list .monaco-list-row');
    const labels = () =>
      rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').split(',')[0]!.trim()));
    const opened = async () => (await p.title()).startsWith(path);
    await until(`${path} open from Quick Open`, async () => {
      if (await opened()) return true;
      await p.keyboard.press('Escape');
      await p.keyboard.press('Control+P');
      const input = p.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 30000 });
      await input.fill(path);
      let seen = '';
      const settled = await until(
        'Quick Open to settle',
        async () => {
          const now = (await labels()).join('\n');
          const still = now === seen && now.split('\n').includes(label);
          seen = now;
          return still && now.split('\n');
        },
        10000,
      );
      await rows.nth(settled.indexOf(label)).click({ timeout: 5000 });
      return await until(`the title to name ${path}`, opened, 5000).catch(() => false);
    });
  }

  /**
   * The rows of the Problems panel (aria-label and text), opening it when needed. The panel is a
   * virtual list (rows out of view are not in the page), so `filter` narrows it to what a step
   * looks at, as a person would type into its filter box; '' clears the filter.
   */
  async problems(filter = ''): Promise<string[]> {
    const p = this.page;
    if (
      !(await p
        .locator('.markers-panel')
        .isVisible()
        .catch(() => false))
    ) {
      await p.keyboard.press('Control+Shift+M');
      await p.locator('.markers-panel').waitFor({ timeout: 30000 });
    }
    const box = p.locator('.panel input[placeholder^="Filter"]').first();
    if ((await box.inputValue().catch(() => '')) !== filter) await box.fill(filter);
    const rows = p.locator('.markers-panel .monaco-list-row');
    return (
      await rows.evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`.trim()),
      )
    ).filter(Boolean);
  }

  async waitForProblems(
    what: string,
    ok: (rows: string[]) => boolean,
    { filter = '', timeout = 90000 }: { filter?: string; timeout?: number } = {},
  ): Promise<string[]> {
    let rows: string[] = [];
    try {
      return await until(
        what,
        async () => {
          rows = await this.problems(filter);
          return ok(rows) && rows;
        },
        timeout,
      );
    } catch (err) {
      throw new Error(`${(err as Error).message}\nProblems panel: ${rows.join(' || ')}`);
    }
  }

  /** The toast whose text matches, once it shows. */
  async toast(text: string | RegExp, timeout = 60000) {
    const t = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await t.waitFor({ timeout });
    return t;
  }

  /** The frame of the webview whose document has `selector` (webviews nest their content in an iframe). */
  async webview(selector: string, timeout = 60000): Promise<Frame> {
    return until(
      `a webview with ${selector}`,
      async () => {
        for (const f of this.page.frames()) {
          if (f.name() !== 'active-frame' && !f.url().includes('fake.html')) continue;
          if (await f.$(selector).catch(() => null)) return f;
        }
        return undefined;
      },
      timeout,
    );
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(join(path, '..'), { recursive: true });
    await this.page.screenshot({ path });
    assert.ok(readFileSync(path).length > 10000, `the screenshot ${path} is empty`);
  }
}

/**
 * docs/images/<name> is rewritten when missing or asked for (CASEDRAFT_UPDATE_SCREENSHOT=1): a
 * test run must not leave a changed tracked file behind. Otherwise the shot goes to `tmp`.
 */
export function screenshotPath(name: string, tmp: string): string {
  const tracked = join(ROOT, 'docs/images', name);
  return !existsSync(tracked) || process.env.CASEDRAFT_UPDATE_SCREENSHOT ? tracked : join(tmp, name);
}

/**
 * The hooks of a real-VS Code suite, called inside its `describe`: one code-server on `files`
 * (made once, in `before`) for all its steps; each step starts from a quiet workbench, a step after
 * a dead workbench or on its retry gets a fresh code-server on the files, and a failed step keeps its evidence. The returned
 * session is ready inside every `it`.
 */
export function sessionSuite(
  suite: Mocha.Suite,
  prefix: string,
  files: () => Promise<Record<string, string | Uint8Array>> | Record<string, string | Uint8Array>,
  settings: Record<string, unknown> = {},
): Session {
  suite.timeout(240000);
  // A real browser on a loaded 2-core machine: a click can land before the workbench is ready.
  suite.retries(1);
  const why = missing();
  const vs = new Session();
  let workspace: Record<string, string | Uint8Array> = {};
  /** The steps begun so far: one begun again is its retry. */
  const tried = new Set<string>();

  before(async function () {
    if (why) skipSuite(this, why, 'bash scripts/ci/setup-vscode-e2e.sh');
    this.timeout(600000);
    vs.prepare(prefix);
    workspace = await files();
    await vs.start(workspace, settings);
  });

  beforeEach(async function () {
    if (why) return;
    this.timeout(600000);
    // A retried step gets a fresh code-server on the suite's files: its first try may have changed
    // them (a fix applied, a file renamed) or left a dialog open, so retrying in place cannot pass.
    const step = this.currentTest?.fullTitle() ?? '';
    const retry = tried.has(step);
    tried.add(step);
    if (retry || !(await vs.healthy())) await vs.start(workspace, settings);
    await vs.page.keyboard.press('Escape');
    await vs.command('View: Close All Editors');
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (!why && test && test.state !== 'passed') {
      const kept = await vs.keepEvidence(test.title);
      // Mocha prints a step's error only when its retry fails too (a failed try that is retried
      // carries no err): the evidence folder is then the record of why it failed first.
      const reason = test.err ? ` (${test.err.message.split('\n')[0]})` : ', retried';
      console.log(`      e2e failure${reason}: screenshot and logs kept in ${kept}`);
    }
  });

  after(async () => {
    await vs.stop();
    // Chromium may still be writing its profile as it exits: retried, as rm -rf would be.
    if (vs.tmp) rmSync(vs.tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  return vs;
}
