import assert from 'node:assert/strict';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printedParagraphs } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';
import { cli, noStackTrace, ROOT } from '../cli/run';
import { ensureBuilt } from './built';
import { openDocx, referencedPart } from './docxReader';

const SAMPLE = join(ROOT, 'examples/clean/decision.case.md');
const tmp = () => mkdtempSync(join(tmpdir(), 'casedraft-export-'));
/** The clean sample with one fact left uncited: an error-level diagnostic (evidence/uncited-fact). */
const faulty = () =>
  readFileSync(SAMPLE, 'utf8').replace('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。');

describe('casedraft export (CLI)', () => {
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  it('a clean draft: exit 0, OUT defaults to the input’s name with .docx, the text is the printed text', async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, 'decision.case.md'));
    const r = cli(['export', 'decision.case.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = await openDocx(readFileSync(join(dir, 'decision.docx')));
    assert.deepEqual(doc.paragraphs(), printedParagraphs(parseCase(readFileSync(SAMPLE, 'utf8'))));
    assert.equal(referencedPart(doc, 'header', 'default'), undefined, 'no 草稿 mark');
    assert.deepEqual(readdirSync(dir).sort(), ['decision.case.md', 'decision.docx'], 'no temp file left');
  });

  it('-o writes where asked, creating folders', () => {
    const dir = tmp();
    const r = cli(['export', SAMPLE, '-o', join(dir, 'out/sub/决定书.docx')]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'out/sub/决定书.docx')));
  });

  it('a draft with errors: exit 1, the errors listed, no file written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.case.md'), faulty());
    const r = cli(['export', 'bad.case.md', '-o', 'bad.docx'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /evidence\/uncited-fact/);
    assert.match(r.stderr, /error/);
    assert.match(r.stderr, /--force/);
    assert.deepEqual(readdirSync(dir), ['bad.case.md'], 'nothing written, not even a temp file');
  });

  it('lists exactly the errors `casedraft lint` reports, as the configuration sets each rule', () => {
    const dir = tmp();
    copyFileSync(join(ROOT, 'examples/flawed/decision.case.md'), join(dir, 'd.case.md'));
    // Every other rule an error, the rest warnings: defaults raised and lowered both.
    const severity = (i: number) => (i % 2 ? 'error' : 'warning');
    writeFileSync(
      join(dir, 'casedraft.config.json'),
      JSON.stringify({ rules: Object.fromEntries(allRules.map((r, i) => [r.meta.id, severity(i)])) }),
    );
    const errorsOf = (out: string) => out.split('\n').filter((l) => /^\s+\d+:\d+\s+error\s/.test(l));
    const expected = errorsOf(cli(['lint', 'd.case.md'], dir).stdout);
    const raised = allRules.filter((r, i) => r.meta.severity !== 'error' && severity(i) === 'error');
    assert.ok(
      expected.some((l) => raised.some((r) => l.endsWith(` ${r.meta.id}`))),
      'a rule below error by default reports an error',
    );
    const r = cli(['export', 'd.case.md'], dir);
    assert.equal(r.code, 1);
    assert.deepEqual(errorsOf(r.stderr), expected);
  });

  it('a draft from the template, its blanks unfilled: refused (structure/placeholder); --force gives the 草稿 copy', async () => {
    const dir = tmp();
    copyFileSync(join(ROOT, 'data/templates/penalty-decision.case.md'), join(dir, 'new.case.md'));
    const r = cli(['export', 'new.case.md'], dir);
    assert.equal(r.code, 1);
    for (const blank of ['（当事人全称）', '（法律全称）', '（执法证号）', '处罚.罚款'])
      assert.ok(r.stderr.includes(blank), blank);
    assert.match(r.stderr, /structure\/placeholder/);
    assert.deepEqual(readdirSync(dir), ['new.case.md'], 'nothing written');
    const forced = cli(['export', 'new.case.md', '--force'], dir);
    assert.equal(forced.code, 0, forced.stderr);
    const doc = await openDocx(readFileSync(join(dir, 'new.docx')));
    assert.match(doc.paragraphs(referencedPart(doc, 'header', 'default')).join(''), /^草稿/);
  });

  it('--force exports a faulty draft with 草稿 on every page (odd and even headers)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.case.md'), faulty());
    const r = cli(['export', 'bad.case.md', '--force'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = await openDocx(readFileSync(join(dir, 'bad.docx')));
    for (const type of ['default', 'even'] as const) {
      const part = referencedPart(doc, 'header', type);
      assert.ok(part, `${type} header`);
      assert.match(doc.paragraphs(part).join(''), /^草稿/);
    }
  });

  it('--force on a clean draft exports it as formal (no 草稿 mark)', async () => {
    const dir = tmp();
    const r = cli(['export', SAMPLE, '--force', '-o', join(dir, 'd.docx')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      referencedPart(await openDocx(readFileSync(join(dir, 'd.docx'))), 'header', 'default'),
      undefined,
    );
  });

  it('I/O problems: exit 2 with a message, no stack trace, nothing half-written', function () {
    const missing = cli(['export', 'no-such.case.md']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such\.case\.md/);
    assert.ok(noStackTrace(missing.stderr));

    if (process.getuid?.() === 0) return; // root writes through read-only folders; the rest was checked
    const dir = tmp();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = cli(['export', SAMPLE, '-o', join(locked, 'd.docx')]);
    assert.equal(r.code, 2);
    assert.ok(noStackTrace(r.stderr));
    assert.deepEqual(readdirSync(locked), []);
  });

  it('an output that cannot be a file (a folder in the way): exit 2, no temp file left', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'd.docx'));
    const r = cli(['export', SAMPLE, '-o', join(dir, 'd.docx')]);
    assert.equal(r.code, 2, r.stderr);
    assert.ok(noStackTrace(r.stderr));
    assert.deepEqual(readdirSync(dir), ['d.docx']);
  });

  it('usage problems: exit 2', () => {
    assert.equal(cli(['export']).code, 2);
    assert.equal(cli(['export', SAMPLE, '-o', 'x.pdf']).code, 2);
  });
});
