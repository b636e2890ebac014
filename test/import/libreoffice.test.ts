// DOCX files written by other software: LibreOffice converts a text file and an HTML page into
// Word documents (with Word's heading styles, numbering and tables), and the importer reads them.
// Skipped, with the reason, where LibreOffice is not installed (as test/export/libreoffice.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printedParagraphs } from '../../server/src/core/export';
import { importDocument } from '../../server/src/core/import';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Converts with LibreOffice in a private profile, so parallel runs and a user's settings do not interfere. */
function toDocx(file: string, dir: string): string {
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8' },
  );
  const out = join(dir, file.replace(/^.*\//, '').replace(/\.[^.]+$/, '.docx'));
  assert.ok(r.status === 0 && existsSync(out), `soffice failed: ${r.stderr}`);
  return out;
}

const HEAD = ['某市生态环境局', '行政处罚决定书', '某环罚〔2023〕12号'];
const PARTY = ['当事人：某某化工有限公司', '统一社会信用代码：91320582MA27RT5K3T', '法定代表人：李某'];
const FACT =
  '经查，2023年1月5日，你单位位于某市某路8号的厂区废水排放口化学需氧量浓度为每升二百毫克，超过排放标准。';
const BASIS =
  '你单位上述行为违反了《中华人民共和国水污染防治法》第十条的规定。依据《中华人民共和国水污染防治法》第八十三条第二项的规定，我局决定对你单位处以罚款人民币壹拾伍万元整（¥150,000.00）。';
const PAY = '限于接到本处罚决定之日起十五日内缴至指定银行。';
const REMEDY =
  '如不服本处罚决定，可在收到本处罚决定书之日起六十日内向某市人民政府申请行政复议，也可以在六个月内向某市人民法院提起行政诉讼。';
const SIGN = ['某市生态环境局', '2023年2月16日'];

describe('import: DOCX written by LibreOffice', function () {
  this.timeout(180000);
  let dir: string;
  before(function () {
    if (!has('soffice')) {
      console.log('    (skipped: LibreOffice (soffice) not installed — run scripts/ci/setup-export.sh)');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'casedraft-import-lo-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('from an HTML page: Word headings, a numbered list and a table of evidence', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body>
      ${HEAD.map((p, i) => (i === 1 ? `<h1>${p}</h1>` : `<p>${p}</p>`)).join('')}
      ${PARTY.map((p) => `<p>${p}</p>`).join('')}
      <h2>一、环境违法事实和证据</h2><p>${FACT}</p>
      <p>以上事实，有下列证据为证：</p>
      <table border="1"><tr><td>序号</td><td>证据名称</td><td>证明内容</td></tr>
      <tr><td>1</td><td>现场检查笔录</td><td>废水排放情况</td></tr>
      <tr><td>2</td><td>监测报告</td><td>化学需氧量超标</td></tr></table>
      <h2>二、行政处罚的依据、种类及其履行方式、期限</h2><p>${BASIS}</p>
      <ol><li>责令你单位立即改正违法行为；</li><li>罚款人民币壹拾伍万元整。</li></ol><p>${PAY}</p>
      <h2>三、申请复议或者提起诉讼的途径和期限</h2><p>${REMEDY}</p>
      ${SIGN.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const draft = await importDocument('page.docx', readFileSync(toDocx(join(dir, 'page.html'), dir)));
    const m = draft.model;
    assert.equal(m.facts.文书, '行政处罚决定书');
    assert.equal(m.facts.文号, '某环罚〔2023〕12号');
    assert.equal(m.facts.当事人?.统一社会信用代码, '91320582MA27RT5K3T');
    assert.equal(m.facts.处罚?.罚款, 150000);
    assert.equal(m.facts.程序?.决定, '2023-02-16');
    // The headings Word's styles mark stay headings as written.
    assert.deepEqual(
      m.sections.filter((s) => !s.implied).map((s) => s.title),
      [
        '一、环境违法事实和证据',
        '二、行政处罚的依据、种类及其履行方式、期限',
        '三、申请复议或者提起诉讼的途径和期限',
      ],
    );
    // The table is the evidence, with ids; the fact cites it.
    assert.deepEqual(
      m.evidence?.rows.map((r) => [r.id, r.cells.名称?.text, r.cells.证明事项?.text]),
      [
        ['证据1', '现场检查笔录', '废水排放情况'],
        ['证据2', '监测报告', '化学需氧量超标'],
      ],
    );
    assert.match(draft.text, /超过排放标准。\[证据1、证据2\]/);
    // The numbered list is a list; its numbers are Word's, not text.
    assert.ok(m.blocks.some((b) => b.kind === 'listItem' && b.text === '责令你单位立即改正违法行为；'));
    // The printed draft is the document's text, the table's rows included.
    const printed = printedParagraphs(m).join('\n');
    for (const p of [
      ...HEAD,
      ...PARTY,
      FACT,
      BASIS,
      PAY,
      REMEDY,
      ...SIGN,
      '1\u3000现场检查笔录\u3000废水排放情况',
    ])
      assert.ok(printed.includes(p), `printed text lacks 「${p}」`);
  });

  it('from an HTML page: Word headings without ordinals open their parts and print as written', async () => {
    const headings = [
      '当事人基本情况',
      '违法事实和证据',
      '处罚依据与决定',
      '行政处罚的履行方式和期限',
      '权利救济',
    ];
    const [party, facts, basis, pay, remedy] = headings.map((h) => `<h2>${h}</h2>`);
    const html = `<html><head><meta charset="utf-8"></head><body>
      ${HEAD.map((p, i) => (i === 1 ? `<h1>${p}</h1>` : `<p>${p}</p>`)).join('')}
      ${party}${PARTY.map((p) => `<p>${p}</p>`).join('')}
      ${facts}<p>${FACT}</p><p>以上事实，有现场检查笔录、监测报告等证据为凭。</p>
      ${basis}<p>${BASIS}</p>${pay}<p>${PAY}</p>${remedy}<p>${REMEDY}</p>
      ${SIGN.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    writeFileSync(join(dir, 'plain.html'), html);
    const m = (await importDocument('plain.docx', readFileSync(toDocx(join(dir, 'plain.html'), dir)))).model;
    assert.deepEqual(
      m.sections.map((s) => s.names.join('+')),
      ['当事人', '违法事实+证据', '法律依据与处罚决定', '履行方式和期限', '救济途径', '落款'],
    );
    // A known part's name without an ordinal is no template structure here: the document prints it.
    const printed = printedParagraphs(m);
    for (const p of [...headings, ...PARTY, FACT, BASIS, PAY, REMEDY])
      assert.ok(printed.includes(p), `printed text lacks 「${p}」`);
  });

  it('from a text file: no heading lines, the parts found by their opening words', async () => {
    const lines = [
      ...HEAD,
      ...PARTY,
      FACT,
      '以上事实，有现场检查笔录、监测报告等证据为凭。',
      BASIS,
      PAY,
      REMEDY,
      ...SIGN,
    ];
    writeFileSync(join(dir, 'decision.txt'), lines.join('\n'));
    const draft = await importDocument('decision.docx', readFileSync(toDocx(join(dir, 'decision.txt'), dir)));
    const m = draft.model;
    assert.deepEqual(
      m.sections.map((s) => s.name),
      ['当事人', '违法事实', '证据', '法律依据与处罚决定', '履行方式和期限', '救济途径', '落款'],
    );
    assert.deepEqual(
      m.evidence?.rows.map((r) => r.cells.名称?.text),
      ['现场检查笔录', '监测报告'],
    );
    // The printer leaves room for the seal where the signing block has none: not text.
    assert.deepEqual(
      printedParagraphs(m).filter((p) => p !== '（印章）'),
      lines,
    );
  });
});
