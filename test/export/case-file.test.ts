import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseFiles, documentDate, kindOf, type CaseFile } from '../../server/src/core/case';
import { caseFileContents, exportCaseFileDocx, printedParagraphs } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { servedTransform } from '../../server/src/core/redact';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { cli, noStackTrace, ROOT } from '../cli/run';
import { skipSuite } from '../helpers/skips';
import { ensureBuilt } from './built';
import { openDocx, paragraphsOf } from './docxReader';
import { canRender, pdfInfo, pdfText, pdfWords, toPdf } from './render';

const SAMPLE_DIR = join(ROOT, 'examples/case');
const tmp = () => mkdtempSync(join(tmpdir(), 'casedraft-case-file-'));

function folderCase(dir: string): CaseFile {
  const models = readdirSync(dir)
    .filter((f) => f.endsWith('.case.md'))
    .map((f) => parseCase(readFileSync(join(dir, f), 'utf8'), `file://${join(dir, f)}`));
  const cases = caseFiles(new InMemoryWorkspace(models));
  assert.equal(cases.length, 1);
  return cases[0]!;
}

/** Every document of the examples and the real corpus, as one 卷宗: the page counter's test set. */
function everyDocument(): CaseFile {
  const paths = [
    ...readdirSync(SAMPLE_DIR).map((f) => join(SAMPLE_DIR, f)),
    join(ROOT, 'examples/clean/decision.case.md'),
    join(ROOT, 'examples/flawed/decision.case.md'),
    join(ROOT, 'test/fixtures/individual-decision.case.md'),
    ...readdirSync(join(ROOT, 'test/corpus/real'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(d.parentPath, d.name))
          .filter((f) => f.endsWith('.case.md'))
          .map((f) => join(d.parentPath, d.name, f)),
      ),
  ].filter((p) => p.endsWith('.case.md'));
  const documents = paths.map((p) => {
    const model = parseCase(readFileSync(p, 'utf8'), `file://${p}`);
    return { uri: model.uri, model, kind: kindOf(model) ?? 'decision', date: documentDate(model) };
  });
  return { id: 'all', folder: 'file:///all', title: '页码测试', documents };
}

const SECTION = /<w:sectPr[\s>]/g;

describe('export-case: the 卷宗 of a case', () => {
  const sample = folderCase(SAMPLE_DIR);

  it('the 卷内目录 lists the documents in procedural order with 文号, date and first and last page', () => {
    const { entries } = caseFileContents(sample, { transform: servedTransform });
    assert.deepEqual(
      entries.map((e) => [e.index, e.name, e.docNumber, e.date, e.firstPage, e.lastPage]),
      [
        [1, '现场检查笔录', '', '2025年6月3日', 1, 1],
        [2, '询问笔录', '', '2025年6月5日', 2, 2],
        [3, '行政处罚告知书', '张应急罚告字〔2025〕37号', '2025年6月17日', 3, 4],
        [4, '行政处罚决定书', '张应急罚决字〔2025〕37号', '2025年6月27日', 5, 7],
      ],
    );
  });

  it('the DOCX: the 目录, then each document as its own section, PAGEREF fields to bookmarks at their starts', async () => {
    const doc = await openDocx(await exportCaseFileDocx(sample, { transform: servedTransform }));
    const xml = doc.xml('word/document.xml');
    assert.equal(xml.match(SECTION)?.length, 5, 'one section for the 目录 and one per document');
    assert.match(doc.xml('word/settings.xml'), /<w:updateFields\/>/, 'Word asked to update the fields');
    const { entries } = caseFileContents(sample, { transform: servedTransform });
    for (const e of entries) {
      assert.match(
        xml,
        new RegExp(
          `<w:fldSimple w:instr="PAGEREF ${e.bookmarks.start} \\\\h"><w:r><w:t[^>]*>${e.firstPage}<`,
        ),
      );
      // The bookmark opens the document's first printed paragraph (the authority over the title, or the title).
      const at = xml.indexOf(`w:name="${e.bookmarks.start}"`);
      const paragraph = xml.slice(xml.lastIndexOf('<w:p>', at), xml.indexOf('</w:p>', at) + 6);
      const first = printedParagraphs(sample.documents[e.index - 1]!.model)[0]!;
      assert.deepEqual(paragraphsOf(paragraph), [first], `bookmark ${e.bookmarks.start}`);
    }
    const last = entries.at(-1)!;
    assert.match(
      xml,
      new RegExp(`PAGEREF ${last.bookmarks.end} \\\\h"><w:r><w:t[^>]*>${last.lastPage}<`),
      '起止页号 of the last',
    );
    // The documents' printed text follows the 目录, document by document.
    const body = doc.paragraphs();
    const printed = sample.documents.flatMap((d) =>
      printedParagraphs(d.model, { transform: servedTransform }),
    );
    assert.deepEqual(body.slice(body.length - printed.length), printed);
    assert.equal(body[0], '卷内目录');
  });

  it('page numbers restart at 1 with the first document and the 目录 has none', async () => {
    const doc = await openDocx(await exportCaseFileDocx(sample));
    const sections = doc.xml('word/document.xml').split(SECTION).slice(1);
    assert.doesNotMatch(sections[0]!.slice(0, sections[0]!.indexOf('</w:sectPr>')), /<w:pgNumType w:start/);
    assert.match(sections[1]!.slice(0, sections[1]!.indexOf('</w:sectPr>')), /<w:pgNumType w:start="1"/);
  });
});

describe('casedraft export-case (CLI)', () => {
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  it('a clean case folder: exit 0, FOLDER/卷宗.docx', async () => {
    const dir = tmp();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const r = cli(['export-case', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 份文书/);
    const doc = await openDocx(readFileSync(join(dir, '卷宗.docx')));
    assert.equal(doc.paragraphs()[0], '卷内目录');
    assert.doesNotMatch(doc.xml('word/document.xml'), /草稿/);
  });

  it('an earlier 卷宗 is replaced only with --force, as export does', () => {
    const dir = tmp();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const out = join(dir, '卷宗.docx');
    writeFileSync(out, 'the officer’s copy, edited in Word');
    const again = cli(['export-case', dir]);
    assert.equal(again.code, 2, again.stderr);
    assert.match(again.stderr, /已存在/);
    assert.equal(readFileSync(out, 'utf8'), 'the officer’s copy, edited in Word');
    assert.ok(noStackTrace(again.stderr));
    const forced = cli(['export-case', dir, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK');
  });

  it('refused while a document has an error, and nothing is written; --force marks every page 草稿', async () => {
    const dir = tmp();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const decision = join(dir, 'decision.case.md');
    // case/heavier-penalty: the decision fines more than the notice proposed.
    writeFileSync(decision, readFileSync(decision, 'utf8').replace('  罚款: 20000', '  罚款: 30000'));
    const refused = cli(['export-case', dir, '-o', join(dir, 'out.docx')]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /case\/heavier-penalty/);
    assert.match(refused.stderr, /未导出/);
    assert.ok(!existsSync(join(dir, 'out.docx')));
    assert.ok(noStackTrace(refused.stderr));
    const forced = cli(['export-case', dir, '-o', join(dir, 'out.docx'), '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    const doc = await openDocx(readFileSync(join(dir, 'out.docx')));
    const headers = doc.files.filter((f) => /^word\/header\d*\.xml$/.test(f));
    assert.ok(headers.length > 0 && headers.every((h) => /草稿/.test(doc.xml(h))));
    assert.equal(
      doc.xml('word/document.xml').match(/<w:headerReference/g)?.length,
      10,
      '草稿 on both sides of all five sections',
    );
  });

  it('a folder of two cases asks which one, and --case picks it by 案件编号', () => {
    const dir = tmp();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const other = readFileSync(join(SAMPLE_DIR, 'inspection.case.md'), 'utf8')
      .replace('张应急立字〔2025〕37号', '张应急立字〔2025〕41号')
      .replaceAll('91320582MA1HRW6T0G', '91320582MA1N7QK3FM')
      .replaceAll('张家港市恒润五金制品有限公司', '张家港市锦程物流有限公司');
    writeFileSync(join(dir, 'other.case.md'), other);
    const asked = cli(['export-case', dir]);
    assert.equal(asked.code, 2);
    assert.match(asked.stderr, /2 个案件/);
    assert.match(asked.stderr, /张应急立字〔2025〕41号/);
    const picked = cli([
      'export-case',
      dir,
      '--case',
      '张应急立字〔2025〕41号',
      '-o',
      join(dir, 'other.docx'),
    ]);
    assert.equal(picked.code, 0, picked.stderr);
    assert.match(picked.stderr, /1 份文书/);
  });

  it('a file instead of a folder, or a folder without drafts: exit 2 with a message', () => {
    const file = cli(['export-case', join(SAMPLE_DIR, 'decision.case.md')]);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /不是文件夹/);
    const empty = cli(['export-case', tmp()]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /没有案件文书/);
  });
});

describe('export-case: rendered by LibreOffice', function () {
  this.timeout(300000);
  let dir: string;
  before(function () {
    if (!canRender())
      skipSuite(this, 'libreoffice or poppler-utils is not installed', 'bash scripts/ci/setup-export.sh');
    dir = tmp();
  });

  /** The printed page number of a physical page: its footer "— N —". */
  const footerNumber = (pdf: string, page: number) => /—\s*(\d+)\s*—/.exec(pdfText(pdf, page))?.[1];

  /** The numbers of the 目录's 页号 column, top to bottom, from every page of the 目录 (the pages without a number). */
  function contentsPages(pdf: string): string[] {
    const out: string[] = [];
    for (let page = 1; footerNumber(pdf, page) === undefined; page++) {
      const words = pdfWords(pdf, page);
      const column = words.find((w) => w.text === '页号');
      assert.ok(column, `page ${page} of the 目录 has its 页号 column`);
      out.push(
        ...words.filter((w) => w.yMin > column.yMin + 5 && w.xMin >= column.xMin - 20).map((w) => w.text),
      );
    }
    return out;
  }

  it('the sample case: 8 pages, and the 目录’s page numbers are where each document starts', async () => {
    const file = folderCase(SAMPLE_DIR);
    const docx = join(dir, '卷宗.docx');
    writeFileSync(docx, await exportCaseFileDocx(file, { transform: servedTransform }));
    const pdf = toPdf(docx, dir);
    assert.equal(Number(pdfInfo(pdf).Pages), 8, 'the 目录 and 1 + 1 + 2 + 3 pages of documents');
    const first = pdfText(pdf, 1);
    assert.match(first, /卷内目录/);
    assert.match(first, /张应急立字〔2025〕37\s*号/);
    assert.doesNotMatch(first, /—\s*\d+\s*—/, 'the 目录 itself is not numbered');
    const listed = contentsPages(pdf);
    assert.deepEqual(listed, ['1', '2', '3', '5-7']);
    const { entries } = caseFileContents(file, { transform: servedTransform });
    for (const e of entries) {
      const physical = e.firstPage + 1;
      const text = pdfText(pdf, physical).trim();
      const head = printedParagraphs(file.documents[e.index - 1]!.model)[0]!;
      assert.ok(text.startsWith(head), `page ${physical} starts with ${head}: ${text.slice(0, 40)}`);
      assert.match(text.slice(0, 80), new RegExp(e.name), `the title ${e.name} heads page ${physical}`);
      assert.equal(footerNumber(pdf, physical), String(e.firstPage), `printed page number of ${e.name}`);
      // The page before belongs to the document before: each document starts on a new page.
      if (e.index > 1)
        assert.ok(!pdfText(pdf, physical - 1).includes(e.name), `${e.name} starts its own page`);
    }
    assert.equal(footerNumber(pdf, 8), '7', 'continuous numbers to the last page');
  });

  it('for every document of the examples and the real corpus, the page counted before rendering is the page LibreOffice lays out', async () => {
    const file = everyDocument();
    assert.ok(file.documents.length >= 15, `${file.documents.length} documents`);
    const docx = join(dir, 'all.docx');
    writeFileSync(docx, await exportCaseFileDocx(file, { transform: servedTransform }));
    const pdf = toPdf(docx, dir);
    const { entries } = caseFileContents(file, { transform: servedTransform });
    const counted = entries.map((e, i) =>
      i === entries.length - 1 ? `${e.firstPage}-${e.lastPage}` : String(e.firstPage),
    );
    const rendered = contentsPages(pdf);
    const wrong = entries.filter((_, i) => rendered[i] !== counted[i]).map((e) => e.name);
    assert.deepEqual(
      rendered,
      counted,
      `server/src/core/export/pages.ts counts these pages wrong: ${wrong.join(', ')}`,
    );
    const contents = Number(pdfInfo(pdf).Pages) - entries.at(-1)!.lastPage;
    assert.equal(
      footerNumber(pdf, contents + 1),
      '1',
      'the documents are numbered from the page after the 目录',
    );
  });
});
