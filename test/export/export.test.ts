import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../../server/src/core/parse';
import { templateFor } from '../../server/src/core/templates';
import { DOCTYPES } from '../../server/src/core/doctypes';
import {
  DRAFT_MARK,
  EVIDENCE_INTRO,
  exportDocx,
  printedDocument,
  printedParagraphs,
  SEAL_PLACEHOLDER,
} from '../../server/src/core/export';
import { attrs, openDocx, referencedPart, type OpenedDocx } from './docxReader';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
// Independent of the exporter's own constants: GB/T 9704-2012 figures converted here.
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Paragraph XML of document.xml whose text is `text`. */
function paragraphXml(doc: OpenedDocx, text: string): string {
  const all = [...doc.xml('word/document.xml').matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(
    (m) => m[0],
  );
  const found = all.find((p) => p.includes(`>${text}<`));
  assert.ok(found, `no paragraph with text ${text}`);
  return found;
}

describe('export: DOCX layout (GB/T 9704-2012)', () => {
  let doc: OpenedDocx;
  before(async () => {
    doc = await openDocx(await exportDocx(parseCase(SAMPLE)));
  });

  it('is A4 in Word’s exact twips, portrait', () => {
    const size = attrs(doc.xml('word/document.xml'), 'w:pgSz');
    assert.equal(size['w:w'], '11906');
    assert.equal(size['w:h'], '16838');
  });

  it('has margins top 37, bottom 35, left 28, right 26 mm', () => {
    const m = attrs(doc.xml('word/document.xml'), 'w:pgMar');
    assert.equal(Number(m['w:top']), twips(37));
    assert.equal(Number(m['w:bottom']), twips(35));
    assert.equal(Number(m['w:left']), twips(28));
    assert.equal(Number(m['w:right']), twips(26));
    // The text area is the standard's 156 × 225 mm.
    assert.ok(Math.abs(11906 - Number(m['w:left']) - Number(m['w:right']) - twips(156)) <= 1);
    assert.ok(Math.abs(16838 - Number(m['w:top']) - Number(m['w:bottom']) - twips(225)) <= 1);
  });

  it('lays out 22 lines of 28 characters (line grid, exact line pitch, condensed 3号 runs)', () => {
    const grid = attrs(doc.xml('word/document.xml'), 'w:docGrid');
    const pitch = Number(grid['w:linePitch']);
    assert.equal(grid['w:type'], 'lines');
    assert.ok(22 * pitch <= twips(225) && 23 * pitch > twips(225), `22 lines of ${pitch} twips fill 225 mm`);
    const body = paragraphXml(doc, '法定代表人：周明远');
    assert.equal(attrs(body, 'w:spacing')['w:line'], String(pitch));
    assert.equal(attrs(body, 'w:spacing')['w:lineRule'], 'exact');
    // A 16 pt full-width character plus the run's spacing (1/20 pt): 28 fit in 156 mm, 29 do not.
    const spacing = Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"\/>/.exec(body)![1]);
    const charPt = 16 + spacing / 20;
    const linePt = (156 / 25.4) * 72;
    assert.ok(28 * charPt <= linePt && 29 * charPt > linePt, `28 × ${charPt} pt in ${linePt} pt`);
  });

  it('heads the page with the authority over the title, both 2号 方正小标宋简体 centred, the number 3号 仿宋 under them', () => {
    const [issuer, title, number] = doc.paragraphs();
    // As the printed forms do: 「张家港市应急管理局」 / 「行政处罚决定书」.
    assert.equal(issuer, '张家港市应急管理局');
    assert.equal(title, '行政处罚决定书');
    assert.equal(number, '张应急罚决字〔2025〕8号');
    const head = doc
      .xml('word/document.xml')
      .match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)!
      .slice(0, 2);
    for (const t of head) {
      assert.equal(attrs(t, 'w:rFonts')['w:eastAsia'], '方正小标宋简体');
      assert.equal(attrs(t, 'w:sz')['w:val'], '44');
      assert.equal(attrs(t, 'w:jc')['w:val'], 'center');
    }
    const n = paragraphXml(doc, '张应急罚决字〔2025〕8号');
    assert.equal(attrs(n, 'w:rFonts')['w:eastAsia'], '仿宋');
    assert.equal(attrs(n, 'w:sz')['w:val'], '32');
    assert.equal(attrs(n, 'w:jc')['w:val'], 'center');
  });

  it('sets the body 3号 仿宋_GB2312 with a two-character first-line indent', () => {
    const p = paragraphXml(doc, '经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人。');
    assert.equal(attrs(p, 'w:rFonts')['w:eastAsia'], '仿宋_GB2312');
    assert.equal(attrs(p, 'w:sz')['w:val'], '32');
    assert.equal(attrs(p, 'w:ind')['w:firstLine'], String(2 * 16 * 20));
  });

  it('names fallbacks for every official font in the font table', () => {
    const table = doc.xml('word/fontTable.xml');
    for (const name of ['方正小标宋简体', '仿宋_GB2312', '仿宋', '黑体', '楷体_GB2312', '宋体']) {
      const entry = new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table);
      assert.ok(entry, `${name} in fontTable.xml`);
      assert.match(entry[1]!, /<w:altName w:val="[^"]+"\/>/);
      assert.match(entry[1]!, /<w:charset w:val="86"\/>/, 'GB2312 charset so a Chinese font is substituted');
    }
  });

  it('numbers pages "— N —" in 4号宋体, odd pages right and even pages left', () => {
    assert.match(doc.xml('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const odd = referencedPart(doc, 'footer', 'default');
    const even = referencedPart(doc, 'footer', 'even');
    assert.ok(odd && even && odd !== even);
    for (const [part, side] of [
      [odd, 'right'],
      [even, 'left'],
    ] as const) {
      const xml = doc.xml(part);
      assert.equal(attrs(xml, 'w:jc')['w:val'], side);
      assert.match(xml, /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      assert.deepEqual(doc.paragraphs(part), ['—  —'], 'an em dash on each side of the page field');
      assert.equal(attrs(xml, 'w:sz')['w:val'], '28');
      assert.equal(attrs(xml, 'w:rFonts')['w:eastAsia'], '宋体');
      assert.equal(attrs(xml, 'w:rFonts')['w:ascii'], '宋体');
    }
    assert.ok(Number(attrs(doc.xml(odd!), 'w:ind')['w:right']) > 0, 'odd: 右空一字');
    assert.ok(Number(attrs(doc.xml(even!), 'w:ind')['w:left']) > 0, 'even: 左空一字');
  });

  it('right-aligns the signing block with the date and a seal placeholder', () => {
    const signing = doc
      .xml('word/document.xml')
      .match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)!
      .slice(-3);
    for (const p of signing) assert.equal(attrs(p, 'w:jc')['w:val'], 'right');
    assert.deepEqual(doc.paragraphs().slice(-3), ['张家港市应急管理局', '2025年4月15日', SEAL_PLACEHOLDER]);
  });

  it('has no 草稿 header when the draft is clean', () => {
    assert.equal(referencedPart(doc, 'header', 'default'), undefined);
    assert.ok(!doc.paragraphs().join('').includes('草稿'));
  });
});

describe('export: the printed text', () => {
  const model = parseCase(SAMPLE);

  it('the DOCX holds exactly the model’s printed text, paragraph by paragraph, in order', async () => {
    const doc = await openDocx(await exportDocx(model));
    assert.deepEqual(doc.paragraphs(), printedParagraphs(model));
    // Every character in order (the same, said for strings a reader would compare).
    assert.equal(doc.paragraphs().join('\n'), printedParagraphs(model).join('\n'));
  });

  it('prints the words of each block as its mdast has them: no `#`, `>`, bullets or fences, a table cell’s marks read', () => {
    const extra = [
      '### 补充说明 ###',
      '',
      '> 引用的第一行 [证据1]',
      '> 第二行**加粗**',
      '',
      '- 第一项',
      '  - 第一项的子项',
      '',
      '```',
      '原样的一行',
      '```',
      '',
      '| 项目 | 说明 |',
      '|---|---|',
      '| 1. | *斜体* 与 \\| |',
      '',
    ].join('\n');
    const text = printedParagraphs(parseCase(SAMPLE.replace('\n## 救济途径', `\n${extra}\n## 救济途径`)));
    const at = text.indexOf('补充说明');
    assert.ok(at > 0, 'the heading, without its closing hashes');
    assert.deepEqual(text.slice(at + 1, at + 6), [
      '引用的第一行第二行加粗',
      '第一项第一项的子项',
      '原样的一行',
      '项目　说明',
      '1.　斜体 与 |',
    ]);
  });

  it('reads like a decision: party block, facts without citations, evidence list, decision, signing', () => {
    const text = printedParagraphs(model);
    assert.ok(!text.some((p) => /\[\s*证据/.test(p)), 'no [证据N] markers');
    assert.deepEqual(text.slice(0, 2), ['张家港市应急管理局', '行政处罚决定书']);
    assert.equal(text[3], '当事人：张家港市锦帆精密机械有限公司');
    assert.ok(text.includes('经查，当事人主要从事精密机械零部件的加工制造，现有从业人员四十二人。'));
    const intro = text.indexOf(EVIDENCE_INTRO);
    assert.ok(intro > text.findIndex((p) => p.startsWith('经查')), 'evidence after the facts');
    assert.deepEqual(text.slice(intro + 1, intro + 5), [
      '1.现场检查笔录（现场笔录），证明当事人生产经营及培训档案检查情况；',
      '2.安全生产教育和培训档案及签到表（复印件）（书证），证明培训档案记载与实际培训情况不符；',
      '3.询问笔录（当事人的陈述），证明当事人未如实记录培训情况的事实及原因；',
      '4.营业执照复印件（书证），证明当事人的主体资格。',
    ]);
    // Section headings of a decision are structure, not print.
    for (const h of ['当事人', '违法事实', '证据', '落款', '救济途径']) assert.ok(!text.includes(h), h);
    assert.ok(text.some((p) => p.startsWith('二、对当事人处以罚款人民币贰万元整')));
    assert.ok(text.some((p) => p.startsWith('当事人应当自收到本决定书之日起十五日内')));
    assert.ok(text.some((p) => p.startsWith('当事人如不服本决定')));
  });

  it('keeps every printed sentence of the draft (citations removed) in the output', () => {
    const text = printedParagraphs(model).join('\n');
    for (const block of model.blocks.filter((b) => b.kind === 'paragraph' && b.section?.name !== '落款')) {
      const expected = block.text.replace(/\[证据[^\]]*\]/g, '').trim();
      assert.ok(text.includes(expected), expected);
    }
  });

  it('prints an officer’s own section heading (黑体) and ### headings (楷体)', async () => {
    const draft = SAMPLE.replace(
      '## 陈述申辩与听证',
      '## 裁量说明\n\n### （一）从轻情节\n\n当事人积极配合调查。\n\n## 陈述申辩与听证',
    );
    const m = parseCase(draft);
    const text = printedParagraphs(m);
    assert.ok(text.includes('裁量说明'));
    assert.ok(text.includes('（一）从轻情节'));
    const doc = await openDocx(await exportDocx(m));
    assert.equal(attrs(paragraphXml(doc, '裁量说明'), 'w:rFonts')['w:eastAsia'], '黑体');
    assert.equal(attrs(paragraphXml(doc, '（一）从轻情节'), 'w:rFonts')['w:eastAsia'], '楷体_GB2312');
  });

  it('prints a known heading when the officer numbered it (一、违法事实)', () => {
    const text = printedParagraphs(parseCase(SAMPLE.replace('## 违法事实', '## 一、违法事实')));
    assert.ok(text.includes('一、违法事实'));
  });

  it('strips Markdown marks and never prints suppression comments', () => {
    const draft = SAMPLE.replace(
      '当事人法定代表人周明远在接受询问时承认',
      '<!-- casedraft-disable-next-line wording/x -->\n\n当事人**法定代表人**周明远在接受询问时承认',
    );
    const text = printedParagraphs(parseCase(draft));
    assert.ok(text.some((p) => p.startsWith('当事人法定代表人周明远在接受询问时承认')));
    assert.ok(!text.some((p) => p.includes('casedraft-disable') || p.includes('**')));
  });

  it('prints a paragraph indented by hand (an indented code block to Markdown) as prose, citations removed', () => {
    const draft = SAMPLE.replace(
      '当事人法定代表人周明远在接受询问时承认',
      '    当事人法定代表人周明远在接受询问时承认',
    );
    const text = printedParagraphs(parseCase(draft));
    assert.ok(
      text.includes('当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。'),
    );
  });

  it('lets a transform rewrite the printed text (the hook for a public copy)', async () => {
    const mask = (p: ReturnType<typeof printedDocument>[number]) => ({
      ...p,
      text: p.text.replaceAll('周明远', '周某'),
    });
    const text = printedParagraphs(model, { transform: mask });
    assert.ok(text.includes('法定代表人：周某'));
    assert.ok(!text.join('').includes('周明远'));
    const doc = await openDocx(await exportDocx(model, { transform: mask }));
    assert.deepEqual(doc.paragraphs(), text);
  });

  it('marks every page 草稿 when forced (odd and even headers)', async () => {
    const doc = await openDocx(await exportDocx(model, { draft: true }));
    for (const type of ['default', 'even'] as const) {
      const part = referencedPart(doc, 'header', type);
      assert.ok(part, `${type} header`);
      assert.deepEqual(doc.paragraphs(part), [DRAFT_MARK]);
    }
    assert.match(DRAFT_MARK, /^草稿/);
    assert.match(doc.xml('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    assert.doesNotMatch(
      doc.xml('word/document.xml'),
      /<w:titlePg\/>/,
      'no separate first page that would lack the mark',
    );
    // The body is the same text as the formal export.
    assert.deepEqual(doc.paragraphs(), printedParagraphs(model));
  });
});

describe('export: every document type', () => {
  for (const d of DOCTYPES) {
    it(`${d.name}: exports its template; prints no section headings; seal only where due`, async () => {
      const m = parseCase(templateFor(d.id)!);
      const printed = printedDocument(m);
      // Decisions and notices are headed by the authority (the template's placeholder for it).
      const head = printed.slice(0, 2).map((p) => `${p.role}:${p.text}`);
      if (d.kind === 'record') assert.equal(head[0], `title:${d.name}`);
      else assert.deepEqual(head, [`issuer:${m.facts.机关}`, `title:${d.name}`]);
      for (const s of d.requiredSections) assert.ok(!printed.some((p) => p.text === s), `${s} not printed`);
      assert.equal(
        printed.some((p) => p.role === 'seal'),
        d.kind !== 'record',
      );
      assert.ok(!printed.some((p) => /\[\s*证据/.test(p.text)));
      const doc = await openDocx(await exportDocx(m));
      assert.deepEqual(
        doc.paragraphs(),
        printed.map((p) => p.text),
      );
    });
  }

  it('询问笔录: one line per question and answer, flush left', () => {
    const printed = printedDocument(parseCase(templateFor('inquiry-record')!));
    const qa = printed.filter((p) => /^[问答]：/.test(p.text));
    assert.ok(qa.length >= 2);
    assert.ok(qa.every((p) => p.role === 'line'));
    assert.ok(
      printed.some((p) => p.text.startsWith('询问时间：')) &&
        printed.some((p) => p.text.startsWith('询问地点：')),
      'lines of 基本情况 stay lines',
    );
  });
});

describe('export: the authority over the title', () => {
  const head = (text: string) =>
    printedDocument(parseCase(text))
      .slice(0, 3)
      .map((p) => `${p.role}:${p.text}`);

  it('a title, or a line above it, that already names the authority is printed as written, not doubled', () => {
    assert.deepEqual(
      head(SAMPLE.replace('# 行政处罚决定书', '# 张家港市应急管理局行政处罚决定书')).slice(0, 2),
      ['title:张家港市应急管理局行政处罚决定书', 'docNumber:张应急罚决字〔2025〕8号'],
    );
    assert.deepEqual(
      head(SAMPLE.replace('# 行政处罚决定书', '张家港市应急管理局\n\n# 行政处罚决定书')).slice(0, 2),
      ['title:张家港市应急管理局', 'title:行政处罚决定书'],
    );
  });

  it('a draft made from a document (导入自) prints its head as the document does', () => {
    assert.deepEqual(head(SAMPLE.replace('机关: ', '导入自: 决定书.docx\n机关: ')).slice(0, 1), [
      'title:行政处罚决定书',
    ]);
  });

  it('a draft without 机关 prints the title alone; a record is never headed by the authority', () => {
    assert.deepEqual(head(SAMPLE.replace(/^机关: .*\n/m, '')).slice(0, 1), ['title:行政处罚决定书']);
    const record = parseCase(
      templateFor('inquiry-record')!.replace(/^机关: .*$/m, '机关: 张家港市应急管理局'),
    );
    assert.ok(!printedDocument(record).some((p) => p.role === 'issuer'));
  });
});
