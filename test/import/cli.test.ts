// `casedraft import` as an officer runs it: where the draft goes, what it refuses, the exit codes.
// Spawns the built CLI (npm test builds first; run `npm run build` before mocha by hand).
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, noStackTrace } from '../cli/run';

const COMPLETE = [
  '张家港市应急管理局',
  '行政处罚决定书',
  '张应急罚决字〔2025〕8号',
  '当事人：张家港市锦帆精密机械有限公司',
  '统一社会信用代码：91320582MA27RT5K3T',
  '住所：张家港市杨舍镇塘市工业园锦塘路9号',
  '法定代表人：周明远',
  '经查，2025年3月10日，当事人位于张家港市杨舍镇塘市工业园锦塘路9号的生产车间培训档案记录不实。',
  '以上事实，有现场检查笔录、询问笔录等证据为凭。',
  '本局于2025年4月1日向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩意见，也未要求听证。',
  '依据《中华人民共和国安全生产法》第九十七条第四项的规定，本局决定对当事人处以罚款人民币贰万元整（¥20,000.00）。',
  '当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚款。',
  '当事人如不服本决定，可以自收到本决定书之日起六十日内向张家港市人民政府申请行政复议。',
  '张家港市应急管理局',
  '2025年4月15日',
].join('\n');

describe('import: the CLI', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes X.case.md beside the original; exit 0 when everything was found', () => {
    writeFileSync(join(dir, '决定书.txt'), COMPLETE);
    const r = cli(['import', join(dir, '决定书.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const draft = readFileSync(join(dir, '决定书.case.md'), 'utf8');
    assert.match(draft, /^---\n# 原文中的各项均已识别/);
    assert.match(draft, /\n导入自: 决定书\.txt\n/);
    assert.match(draft, /\n  罚款: 20000\n/);
    assert.match(draft, /\n程序:\n  决定: 2025-04-15\n/);
    assert.match(r.stderr, /已导入/);
    // The draft is one the checker reads: lint runs on it (findings are the draft's, not a crash).
    assert.notEqual(cli(['lint', join(dir, '决定书.case.md')]).code, 2);
  });

  it('exit 1 when the draft lists what the original does not state', () => {
    writeFileSync(join(dir, 'a.txt'), '行政处罚决定书\n经查，当事人……');
    const r = cli(['import', join(dir, 'a.txt')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      readFileSync(join(dir, 'a.case.md'), 'utf8'),
      /^---\n# 原文中未写明或未能识别 \/ not found in the original: .*文号.*当事人/,
    );
    assert.match(r.stderr, /原文中未找到：.*文号/);
  });

  it('never writes over an existing draft without --force, nor over the original even with it', () => {
    writeFileSync(join(dir, 'a.txt'), COMPLETE);
    writeFileSync(join(dir, 'a.case.md'), 'mine');
    const r = cli(['import', join(dir, 'a.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /已存在.*--force/);
    assert.equal(readFileSync(join(dir, 'a.case.md'), 'utf8'), 'mine');
    assert.equal(cli(['import', join(dir, 'a.txt'), '--force']).code, 0);
    assert.notEqual(readFileSync(join(dir, 'a.case.md'), 'utf8'), 'mine');
    const self = cli(['import', join(dir, 'a.txt'), '-o', join(dir, 'a.txt'), '--force']);
    assert.equal(self.code, 2);
    assert.match(self.stderr, /不能覆盖原文件/);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), COMPLETE);
  });

  it('--out-dir for several files, -o for one, -o - to standard output', () => {
    writeFileSync(join(dir, 'a.txt'), COMPLETE);
    writeFileSync(join(dir, 'b.htm'), `<p>${COMPLETE.split('\n').join('</p><p>')}</p>`);
    const out = join(dir, 'drafts');
    assert.equal(cli(['import', join(dir, 'a.txt'), join(dir, 'b.htm'), '--out-dir', out]).code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['a.case.md', 'b.case.md']);
    assert.equal(
      cli(['import', join(dir, 'a.txt'), join(dir, 'b.htm'), '-o', join(dir, 'x.case.md')]).code,
      2,
    );
    const stdout = cli(['import', join(dir, 'a.txt'), '-o', '-']);
    assert.equal(stdout.code, 0);
    assert.match(stdout.stdout, /^---\n/);
    assert.equal(existsSync(join(dir, 'a.case.md')), false);
  });

  it('bad input: a clear message, exit 2, nothing written, the other files still imported', () => {
    writeFileSync(join(dir, 'notzip.docx'), '这不是 Word 文件');
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(dir, 'secret.docx'), ole);
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(20 * 1024 * 1024, 0x61));
    writeFileSync(join(dir, 'prose.txt'), '今天天气很好。\n我们去公园散步。');
    writeFileSync(join(dir, 'old.doc'), 'x');
    writeFileSync(join(dir, 'good.txt'), COMPLETE);
    mkdirSync(join(dir, 'folder.txt'));
    const names = [
      'notzip.docx',
      'secret.docx',
      'big.html',
      'prose.txt',
      'old.doc',
      'folder.txt',
      'good.txt',
    ];
    const r = cli(['import', ...names.map((n) => join(dir, n))]);
    assert.equal(r.code, 2);
    assert.ok(noStackTrace(r.stderr), r.stderr);
    for (const m of [
      /notzip\.docx: 不是有效的 DOCX/,
      /secret\.docx: .*加密/,
      /big\.html: .*20\.0 MB/,
      /prose\.txt: 未能识别为行政执法文书/,
      /old\.doc: 不支持/,
      /folder\.txt: 是文件夹/,
    ])
      assert.match(r.stderr, m);
    const written = readdirSync(dir).filter((f) => f.endsWith('.case.md') || f.endsWith('.tmp'));
    assert.deepEqual(written, ['good.case.md']);
  });

  it('usage problems exit 2 with the usage', () => {
    assert.equal(cli(['import']).code, 2);
    const both = cli(['import', 'a.txt', '-o', 'x', '--out-dir', 'y']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /-o.*--out-dir/);
  });
});
