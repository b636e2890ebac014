// `casedraft lint FILE.docx` (and .html, .txt): the original linted through the importer in
// memory, each finding with the original's paragraph (a text file's line) as well as the line and
// column of the imported draft, in every output format; nothing written.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseCase } from '../../server/src/core/parse';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { lintModel } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { archivedDecisions } from '../../server/src/core/archive';
import firstViolationRule from '../../server/src/rules/procedure/first-violation-hint';
import { cli } from '../cli/run';

const LINES = [
  '张家港市应急管理局',
  '行政处罚决定书',
  '张应急罚决字[2025]第08号',
  '当事人：张家港市锦帆精密机械有限公司',
  '统一社会信用代码：91320582MA27RT5K3T',
  '经查，当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，实际为八学时。',
  '依据《中华人民共和国安全生产法》第九十七条第四项的规定，本局决定对当事人处以罚款人民币贰万元整（¥20,000.00）。',
  '张家港市应急管理局',
  '2025年4月15日',
];

async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

interface JsonFinding {
  rule: string;
  range: { start: { line: number } };
  original?: { start: { paragraph: number; character: number } };
}

describe('import: lint an original directly', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-lint-original-'));
    writeFileSync(join(dir, '决定书.docx'), await docx(LINES));
    // Indented as text files are: the column counts in the line as written.
    writeFileSync(join(dir, '决定书.txt'), LINES.map((l, i) => (i === 2 ? `    ${l}` : l)).join('\n\n'));
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('json: each finding has the original paragraph and column; the 文号 finding points at its paragraph', () => {
    const r = cli(['lint', join(dir, '决定书.docx'), '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout) as {
      file: string;
      importedFrom: string;
      diagnostics: JsonFinding[];
    }[];
    assert.equal(file!.importedFrom, 'docx');
    assert.ok(file!.diagnostics.every((d) => d.original && d.original.start.paragraph >= 1));
    const docNumber = file!.diagnostics.find((d) => d.rule === 'wording/doc-number')!;
    assert.equal(docNumber.original!.start.paragraph, 3);
    assert.deepEqual(readdirSync(dir).sort(), ['bad.docx', '决定书.docx', '决定书.txt'], 'nothing written');
  });

  it('a text file: ¶ is the line, the column counts the indentation', () => {
    const r = cli(['lint', join(dir, '决定书.txt'), '--format', 'json']);
    const [file] = JSON.parse(r.stdout) as { diagnostics: JsonFinding[] }[];
    const docNumber = file!.diagnostics.find((d) => d.rule === 'wording/doc-number')!;
    // Line 5 of the file (blank lines between paragraphs), four spaces of indentation.
    assert.equal(docNumber.original!.start.paragraph, 5);
    assert.ok(docNumber.original!.start.character >= 4);
  });

  it('stylish and sarif name the paragraph too', () => {
    const stylish = cli(['lint', join(dir, '决定书.docx')]);
    assert.match(stylish.stdout, /决定书\.docx（导入检查：¶ 为原文的段号/);
    assert.match(stylish.stdout, /¶3:\d+ \(\d+:\d+\)\s+(?:error|warning|info)\s+.*wording\/doc-number/);
    const sarif = JSON.parse(cli(['lint', join(dir, '决定书.docx'), '--format', 'sarif']).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
          properties: Record<string, unknown>;
        }[];
      }[];
    };
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'wording/doc-number')!;
    assert.equal(result.locations[0]!.physicalLocation.region.startLine, 3);
    assert.equal(result.properties['casedraft/linesAre'], 'paragraphs');
    assert.ok(result.properties['casedraft/draftRegion']);
  });

  it('a broken original: exit 2 with the reason; the drafts beside it still checked', () => {
    writeFileSync(
      join(dir, 'a.case.md'),
      readFileSync(join(__dirname, '..', 'fixtures', 'base-decision.case.md')),
    );
    const r = cli(['lint', join(dir, 'bad.docx'), join(dir, 'a.case.md'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.docx: 不是有效的 DOCX/);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    rmSync(join(dir, 'a.case.md'));
  });

  it('procedure/first-violation-hint says nothing when the archive holds an earlier decision against the party', () => {
    const fixtures = join(__dirname, '..', 'fixtures', 'prior-violation');
    // A penalty decision whose facts read as a first, minor, corrected violation.
    const later = parseCase(
      readFileSync(join(fixtures, 'later.case.md'), 'utf8')
        .replace('文书: 不予行政处罚决定书', '文书: 行政处罚决定书')
        .replace('首违: 是', '首违: 否'),
      'file:///later.case.md',
    );
    const earlier = archivedDecisions(
      parseCase(readFileSync(join(fixtures, 'earlier.case.md'), 'utf8')),
      'file:///archive/earlier.docx',
    );
    const lint = (archive: typeof earlier) =>
      lintModel(later, {
        rules: [firstViolationRule],
        config: resolveConfig({}),
        catalog: builtinCatalog(),
        workspace: new InMemoryWorkspace([later], archive),
      }).map((d) => d.rule);
    assert.deepEqual(lint([]), ['procedure/first-violation-hint']);
    assert.deepEqual(lint(earlier), []);
  });
});
