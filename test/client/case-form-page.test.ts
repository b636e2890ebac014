// The case form's page (client/webview/caseForm.ts) in Chromium with an en-US locale, the one that
// shows <input type=date> as mm/dd/yyyy: its date fields are text, show the date read as
// 2026年3月5日, send ISO dates, and send nothing for what is no date. No VS Code: the page gets
// its messages from the test, and acquireVsCodeApi records what it posts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { skipSuite } from '../helpers/skips';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CASEDRAFT_CHROMIUM ?? '/usr/bin/chromium';

const LABELS = {
  date: '日期',
  other: '或',
  datePlaceholder: '如 2026-03-05 或 2026年3月5日',
  badDate: '不是有效日期',
  pickDate: '选择日期',
  calendar: '日历',
};

const form = (values: Record<string, unknown>) => ({
  type: 'form',
  uri: 'file:///ws/a.case.md',
  labels: LABELS,
  parties: [],
  reviewChain: false,
  form: {
    doctype: 'penalty-decision',
    fields: [
      {
        key: '程序',
        kind: 'group',
        fields: [
          { key: '立案', kind: 'date' },
          { key: '告知送达', kind: 'dateOr', options: ['当场'] },
        ],
      },
    ],
    values,
  },
});

describe('case form page: dates in an en-US browser', function () {
  this.timeout(60000);
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    if (!existsSync(CHROMIUM)) skipSuite(this, `${CHROMIUM} is missing`, 'apt-get install chromium');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--lang=en-US'],
    });
  });
  after(async () => browser?.close());

  beforeEach(async () => {
    const context = await browser!.newContext({ locale: 'en-US' });
    page = await context.newPage();
    const script = buildSync({
      entryPoints: [join(ROOT, 'client/webview/caseForm.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
    }).outputFiles[0]!.text;
    await page.setContent(
      `<html lang="zh-CN"><body><div id="form"></div><script>
        window.sent = [];
        window.acquireVsCodeApi = () => ({ postMessage: (m) => window.sent.push(m), setState() {}, getState() {} });
      </script></body></html>`,
    );
    await page.addScriptTag({ content: script });
    await show({ 程序: { 立案: '2025-01-02' } });
  });
  afterEach(async () => page?.context().close());

  const show = async (values: Record<string, unknown>) => {
    await page.evaluate(
      (m) => (globalThis as unknown as { postMessage(m: unknown, to: string): void }).postMessage(m, '*'),
      form(values),
    );
    await page.waitForSelector('body[data-ready]');
  };
  const field = (...path: string[]) => page.locator(`[name='${JSON.stringify(path)}']`);
  const shownBeside = (...path: string[]) =>
    page.locator(`.date-field:has([name='${JSON.stringify(path)}']) .date-shown`);
  const edits = () =>
    page.evaluate(() =>
      (globalThis as unknown as { sent: { type: string; edit?: unknown }[] }).sent
        .filter((m) => m.type === 'edit')
        .map((m) => m.edit),
    );

  it('shows the draft’s date as text and as 2026年3月5日, never in the browser’s mm/dd/yyyy', async () => {
    assert.equal(await field('程序', '立案').getAttribute('type'), 'text');
    assert.equal(await field('程序', '立案').inputValue(), '2025-01-02');
    assert.equal(await shownBeside('程序', '立案').innerText(), '2025年1月2日');
    // The browser's own date field is only the calendar behind the button: unnamed, unseen.
    for (const picker of await page.locator('input[type=date]').all()) {
      assert.equal(await picker.getAttribute('name'), null);
      assert.equal(
        await picker.evaluate((e) => (e as unknown as { style: { opacity: string } }).style.opacity),
        '0',
      );
    }
    assert.doesNotMatch(await page.locator('#form').innerText(), /\d{2}\/\d{2}\/\d{4}|mm\/dd/);
    assert.equal(await page.locator('button.pick').first().innerText(), '日历');
  });

  it('reads what an officer types, shows it as read, and sends the ISO date when the field is left', async () => {
    await field('程序', '立案').fill('2026/3/5');
    assert.equal(await shownBeside('程序', '立案').innerText(), '2026年3月5日');
    await field('程序', '立案').press('Tab');
    assert.deepEqual(await edits(), [{ op: 'set', path: ['程序', '立案'], value: '2026-03-05' }]);
    assert.equal(await field('程序', '立案').inputValue(), '2026-03-05');
    await field('程序', '立案').fill('二〇二六年三月六日');
    await field('程序', '立案').press('Tab');
    assert.deepEqual((await edits()).at(-1), { op: 'set', path: ['程序', '立案'], value: '2026-03-06' });
    // A day chosen in the browser's calendar (behind the button) fills the field and is sent.
    await page
      .locator(`.date-field:has([name='${JSON.stringify(['程序', '立案'])}']) input[type=date]`)
      .evaluate((e) => {
        const picker = e as unknown as { value: string; dispatchEvent(e: Event): boolean };
        picker.value = '2026-04-01';
        picker.dispatchEvent(new Event('change', { bubbles: true }));
      });
    assert.equal(await field('程序', '立案').inputValue(), '2026-04-01');
    assert.equal(await shownBeside('程序', '立案').innerText(), '2026年4月1日');
    assert.deepEqual((await edits()).at(-1), { op: 'set', path: ['程序', '立案'], value: '2026-04-01' });
  });

  it('sends nothing for what is no date, marks it, and keeps it typed when the text is redrawn', async () => {
    await field('程序', '立案').fill('2026-02-30');
    await field('程序', '立案').press('Tab');
    assert.deepEqual(await edits(), []);
    assert.equal(await shownBeside('程序', '立案').innerText(), LABELS.badDate);
    assert.equal(await field('程序', '立案').getAttribute('aria-invalid'), 'true');
    await show({ 程序: { 立案: '2025-01-09' } });
    assert.equal(await field('程序', '立案').inputValue(), '2026-02-30', 'not under the officer’s fingers');
    // Cleared, the date is removed from the draft.
    await field('程序', '立案').fill('');
    await field('程序', '立案').press('Tab');
    assert.deepEqual(await edits(), [{ op: 'set', path: ['程序', '立案'], value: undefined }]);
  });

  it('a date or a word: the word clears the date; a date redrawn from the text shows as read', async () => {
    await field('程序', '告知送达').fill('2026-3-5');
    await field('程序', '告知送达').press('Tab');
    await page.locator(`[name='${JSON.stringify(['程序', '告知送达'])}#word']`).selectOption('当场');
    assert.deepEqual(await edits(), [
      { op: 'set', path: ['程序', '告知送达'], value: '2026-03-05' },
      { op: 'set', path: ['程序', '告知送达'], value: '当场' },
    ]);
    assert.equal(await field('程序', '告知送达').inputValue(), '');
    assert.equal(await shownBeside('程序', '告知送达').innerText(), '');
    await show({ 程序: { 立案: '2025-01-02', 告知送达: '2025-01-20' } });
    assert.equal(await field('程序', '告知送达').inputValue(), '2025-01-20');
    assert.equal(await shownBeside('程序', '告知送达').innerText(), '2025年1月20日');
  });
});
