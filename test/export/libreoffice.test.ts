import assert from 'node:assert/strict';
import { skipSuite } from '../helpers/skips';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { canRender, pdfInfo, pdfText, toPdf } from './render';

const ROOT = join(__dirname, '..', '..');

describe('export: rendered by LibreOffice', function () {
  this.timeout(180000);
  let dir: string;
  before(function () {
    // Without them there is nothing to render with.
    if (!canRender())
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
