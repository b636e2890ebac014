// The three readers (DOCX, HTML, text) and the bad inputs each must refuse with a clear message,
// in bounded memory: hostile files are generated here, none is committed.
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { ImportError, importDocument, readSource } from '../../server/src/core/import';
import { MAX_INFLATED_BYTES } from '../../server/src/core/import/zip';

const DECISION = [
  '张家港市应急管理局',
  '行政处罚决定书',
  '张应急罚决字〔2025〕8号',
  '当事人：张家港市锦帆精密机械有限公司',
  '统一社会信用代码：91320582MA27RT5K3T',
  '经查，当事人2025年2月组织的新员工岗前安全培训档案记载培训学时为二十四学时，实际为八学时。',
  '以上事实，有现场检查笔录、询问笔录等证据为凭。',
  '依据《中华人民共和国安全生产法》第九十七条第四项的规定，本局决定对当事人处以罚款人民币贰万元整（¥20,000.00）。',
  '当事人如不服本决定，可以自收到本决定书之日起六十日内向张家港市人民政府申请行政复议。',
  '张家港市应急管理局',
  '2025年4月15日',
];

async function rejects(p: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof ImportError, `expected an ImportError, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.match(err.text.zh, message);
    assert.ok(err.text.en.length > 0);
    return true;
  });
}

/** A zip with `files`, then `patch` applied to the central-directory record of document.xml. */
async function zipWith(
  files: Record<string, Uint8Array | string>,
  declaredSize?: number,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  if (declaredSize === undefined) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode('word/document.xml');
  for (let p = 0; p + 46 < bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (len === name.length && bytes.subarray(p + 46, p + 46 + len).every((b, i) => b === name[i]))
      view.setUint32(p + 24, declaredSize, true);
  }
  return bytes;
}

const xml = (paragraphs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
    .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
    .join('')}</w:body></w:document>`;

describe('import: readers', () => {
  describe('text', () => {
    it('numbers each paragraph by its line, blank lines counted, indentation trimmed', async () => {
      const src = await readSource('a.txt', Buffer.from('　　第一行\n\n  第二行  \r\n第三行'));
      assert.deepEqual(
        src.paragraphs.map((p) => [p.n, p.text]),
        [
          [1, '第一行'],
          [3, '第二行'],
          [4, '第三行'],
        ],
      );
    });

    it('reads GB 18030 (GBK) text, as Chinese Windows writes it, and UTF-16 with a BOM', async () => {
      const gbk = Buffer.from('d0d0d5fea3a8b4a6b7a3a3a9', 'hex'); // 「行政（处罚）」 in GBK
      assert.equal((await readSource('a.txt', gbk)).paragraphs[0]!.text, '行政（处罚）');
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('经查，', 'utf16le')]);
      assert.equal((await readSource('a.txt', utf16)).paragraphs[0]!.text, '经查，');
    });

    it('refuses a binary file and a text with no recognisable part', async () => {
      await rejects(readSource('a.txt', Buffer.from([0x41, 0, 0x42])), 'not-text', /二进制/);
      await rejects(
        importDocument('a.txt', Buffer.from('今天天气很好。\n我们去公园散步。')),
        'not-a-case-document',
        /未能识别为行政执法文书/,
      );
    });
  });

  describe('HTML', () => {
    it('drops the page around the document: navigation before the title, the footer after the date', async () => {
      const page = `<html><head><meta charset="utf-8"><title>x</title><script>var a="经查";</script></head><body>
        <div class="nav">首页 &gt; 信息公开 &gt; 行政处罚</div><div class="content">
        ${DECISION.map((p) => `<p style="text-indent:2em">&nbsp;&nbsp;${p}</p>`).join('\n')}
        </div><div class="footer">打印本页 关闭窗口</div></body></html>`;
      const d = await importDocument('page.html', Buffer.from(page));
      assert.match(d.text, /^张家港市应急管理局\n\n# 行政处罚决定书\n/m);
      assert.doesNotMatch(d.text, /首页|打印本页|var a/);
      assert.equal(d.model.facts.文号, '张应急罚决字〔2025〕8号');
    });

    it('reads lists, tables and <br> as paragraphs, each table row with its cells', async () => {
      const body =
        '<p>当事人：某公司<br>统一社会信用代码：91320582MA27RT5K3T</p><ol><li>现场检查笔录；</li><li>询问笔录。</li></ol><table><tr><td>序号</td><td>证据名称</td></tr><tr><td>1</td><td>现场照片</td></tr></table>';
      const utf = await readSource('a.html', Buffer.from(body));
      assert.deepEqual(
        utf.paragraphs.map((p) => [p.kind, p.text]),
        [
          ['paragraph', '当事人：某公司'],
          ['paragraph', '统一社会信用代码：91320582MA27RT5K3T'],
          ['listItem', '现场检查笔录；'],
          ['listItem', '询问笔录。'],
          ['tableRow', '序号\u3000证据名称'],
          ['tableRow', '1\u3000现场照片'],
        ],
      );
      assert.deepEqual(utf.paragraphs[5]!.cells, ['1', '现场照片']);
    });

    it('decodes a GBK page that says so in <meta charset>', async () => {
      const head = Buffer.from('<meta charset="gbk"><p>');
      const text = Buffer.from('d0d0d5fea3a8b4a6b7a3a3a9', 'hex');
      const src = await readSource('a.html', Buffer.concat([head, text, Buffer.from('</p>')]));
      assert.equal(src.paragraphs[0]!.text, '行政（处罚）');
    });

    it('refuses a 20 MB page before parsing it, with the size and what to do', async () => {
      const big = Buffer.alloc(20 * 1024 * 1024, 'a');
      const before = process.memoryUsage().rss;
      await rejects(readSource('big.html', big), 'too-large', /20\.0 MB.*另存为文本/);
      // Refused on its length: no DOM of 20 MB was built.
      assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024);
    });
  });

  describe('DOCX', () => {
    it('reads the paragraphs of a minimal Word package', async () => {
      const bytes = await zipWith({ 'word/document.xml': xml(DECISION) });
      const d = await importDocument('a.docx', bytes);
      assert.equal(d.model.facts.文书, '行政处罚决定书');
      assert.equal(d.paragraphs.length, DECISION.length);
    });

    it('refuses a file that is not a zip, saying it may be a legacy .doc', async () => {
      await rejects(
        readSource('a.docx', Buffer.from('这不是 Word 文件')),
        'not-zip',
        /不是有效的 DOCX.*另存为 \.docx/,
      );
      await rejects(readSource('a.docx', new Uint8Array(0)), 'not-zip', /不是有效的 DOCX/);
    });

    it('refuses an encrypted DOCX (an OLE compound file) and says how to open it', async () => {
      const ole = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
      await rejects(readSource('secret.docx', ole), 'encrypted', /加密.*取消密码保护/);
    });

    it('refuses a zip without word/document.xml', async () => {
      await rejects(readSource('a.docx', await zipWith({ 'a.txt': 'x' })), 'not-docx', /word\/document\.xml/);
    });

    it('refuses a zip bomb by its declared size, before inflating anything', async () => {
      const bytes = await zipWith({ 'word/document.xml': xml(DECISION) }, MAX_INFLATED_BYTES + 1);
      await rejects(readSource('bomb.docx', bytes), 'zip-bomb', /压缩炸弹/);
    });

    it('refuses an entry that inflates past the size it declares, stopping at that size', async () => {
      // 12 MB of one character deflates to about 12 KB; the entry claims 1 KB.
      const huge = Buffer.alloc(12 * 1024 * 1024, 0x61);
      const bytes = await zipWith({ 'word/document.xml': huge }, 1024);
      const before = process.memoryUsage().rss;
      await rejects(readSource('liar.docx', bytes), 'zip-bomb', /压缩炸弹/);
      assert.ok(process.memoryUsage().rss - before < 20 * 1024 * 1024);
    });

    it('refuses parts that together inflate past the budget (a bomb of many honest parts)', async () => {
      const files: Record<string, string> = { 'word/document.xml': xml(DECISION) };
      // Each part honestly declares 15 MB of valid XML; mammoth reads styles, numbering, footnotes.
      const filler = (tag: string) =>
        `<?xml version="1.0"?><w:${tag} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><!--${'x'.repeat(15 * 1024 * 1024)}--></w:${tag}>`;
      files['word/styles.xml'] = filler('styles');
      files['word/numbering.xml'] = filler('numbering');
      files['word/footnotes.xml'] = filler('footnotes');
      const rels =
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
        '<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' +
        '</Relationships>';
      files['word/_rels/document.xml.rels'] = rels;
      await rejects(readSource('many.docx', await zipWith(files)), 'zip-bomb', /压缩炸弹/);
    });

    it('reports a damaged package (mammoth cannot read it) as damaged, not as a crash', async () => {
      const bytes = await zipWith({ 'word/document.xml': '<w:document><w:body><w:p>' });
      await assert.rejects(readSource('broken.docx', bytes), (err: unknown) => err instanceof ImportError);
    });
  });
});
