import assert from 'node:assert/strict';
import { skipSuite } from '../helpers/skips';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';

const ROOT = join(__dirname, '..', '..');
/** Maps 仿宋_GB2312, 方正小标宋简体 … to free fonts (fonts-noto-cjk) for this check only. */
const FONTS_CONF = join(ROOT, 'test/fixtures/fonts-for-rendering.conf');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** DOCX → PDF with LibreOffice, in a private profile so parallel runs and a user's settings do not interfere. */
function toPdf(docx: string, outDir: string): string {
  const r = spawnSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(outDir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } },
  );
  const pdf = join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
  assert.ok(r.status === 0 && existsSync(pdf), `libreoffice failed: ${r.stderr}`);
  return pdf;
}

function pdfInfo(pdf: string): Record<string, string> {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Object.fromEntries(
    r.stdout.split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

function pdfText(pdf: string, page: number): string {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('export: rendered by LibreOffice', function () {
  this.timeout(180000);
  let dir: string;
  before(function () {
    // Without them there is nothing to render with.
    if (!has('libreoffice') || !has('pdfinfo'))
      skipSuite(this, 'libreoffice or pdfinfo is not installed', 'bash scripts/ci/setup-export.sh');
    dir = mkdtempSync(join(tmpdir(), 'casedraft-render-'));
  });

  it('the sample decision renders as A4 on a plausible number of pages, page numbers "— N —"', async () => {
    const model = parseCase(readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8'));
    const docx = join(dir, 'decision.docx');
    writeFileSync(docx, await exportDocx(model));
    const pdf = toPdf(docx, dir);
    const info = pdfInfo(pdf);
    const pages = Number(info.Pages);
    // About 1,200 characters of text at 22 × 28 a page: 2 or 3 pages; 1 or 5+ means the layout broke.
    assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
    const [w, h] = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size']!)!.slice(1).map(Number);
    assert.ok(Math.abs(w! - 595.3) < 1 && Math.abs(h! - 841.9) < 1, `A4: ${info['Page size']}`);
    const first = pdfText(pdf, 1);
    assert.match(first, /行政处罚决定书/);
    assert.match(first, /—\s*1\s*—/);
    assert.match(pdfText(pdf, 2), /—\s*2\s*—/);
    // 28 characters a line: no rendered body line of the first page is longer.
    const widest = Math.max(...first.split('\n').map((l) => l.replace(/\s/g, '').length));
    assert.ok(widest <= 28 + 2 && widest >= 24, `widest line ${widest} characters`);
  });

  it('a forced export shows 草稿 on every page', async () => {
    const model = parseCase(readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8'));
    const docx = join(dir, 'draft.docx');
    writeFileSync(docx, await exportDocx(model, { draft: true }));
    const pdf = toPdf(docx, dir);
    const pages = Number(pdfInfo(pdf).Pages);
    for (let p = 1; p <= pages; p++) assert.match(pdfText(pdf, p), /草稿/, `page ${p}`);
  });
});
