import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalogEntries } from '../../server/src/core/builtin-catalog';
import type { CatalogEntry } from '../../server/src/core/catalog';
import { exportGuidanceDocx, GUIDANCE_TITLE, guidanceDocument } from '../../server/src/core/export';
import { cli } from '../cli/run';
import { ensureBuilt } from './built';
import { attrs, openDocx } from './docxReader';

/** A fixture entry in the catalog's shape, so the list's wording is checked independently of the bundled data. */
const ENTRY: CatalogEntry = {
  id: 'fixture-training',
  field: '安全生产',
  name: '未如实记录安全生产教育和培训情况',
  violates: {
    law: '中华人民共和国安全生产法',
    article: '第二十八条第四款',
    text: '生产经营单位应当建立安全生产教育和培训档案。',
  },
  penalty: { law: '中华人民共和国安全生产法', article: '第九十七条第四项' },
  fines: [
    { min: 0, max: 100000, quote: '处十万元以下的罚款' },
    { min: 100000, max: 200000, condition: '逾期未改正的', quote: '并处十万元以上二十万元以下的罚款' },
  ],
  correction: '责令限期改正',
  discretion: { source: 'EXAMPLE', example: true, bands: { 一般: { min: 10000, max: 50000 } } },
  guidance: {
    what: '培训档案未如实记录',
    law: '违反安全生产法第二十八条第四款',
    comply: '培训当场签到、考核，如实记录',
  },
};

describe('guidance list (企业行政合规指导清单)', () => {
  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  it('prints, per violation type, what it is, the article broken, the penalty range and how to comply', () => {
    const text = guidanceDocument([ENTRY]).map((p) => p.text);
    assert.deepEqual(text, [
      `${GUIDANCE_TITLE}（安全生产）`,
      text[1],
      '（一）未如实记录安全生产教育和培训情况',
      '违法行为：培训档案未如实记录。',
      '违反条款：《中华人民共和国安全生产法》第二十八条第四款规定：“生产经营单位应当建立安全生产教育和培训档案。”',
      '法律责任：依照《中华人民共和国安全生产法》第九十七条第四项，责令限期改正，处10万元以下的罚款；逾期未改正的，处10万元以上20万元以下的罚款。',
      '合规要点：培训当场签到、考核，如实记录。',
    ]);
    assert.ok(
      !text.join('').includes('50000') && !text.join('').includes('5万元'),
      'example discretion bands are policy, not printed',
    );
  });

  it('filters by field and groups fields under level-1 headings', () => {
    const all = builtinCatalogEntries();
    const fields = new Set(all.map((e) => e.field));
    const doc = guidanceDocument(all);
    assert.equal(doc.filter((p) => p.role === 'heading1').length, fields.size);
    assert.equal(doc.filter((p) => p.role === 'heading2').length, all.length);
    const safety = guidanceDocument(all, { field: '安全生产' });
    assert.equal(safety[0]!.text, `${GUIDANCE_TITLE}（安全生产）`);
    assert.equal(
      safety.filter((p) => p.role === 'heading2').length,
      all.filter((e) => e.field === '安全生产').length,
    );
    assert.ok(!safety.some((p) => p.role === 'heading1'));
  });

  it('every bundled entry gets its four items', () => {
    const text = guidanceDocument(builtinCatalogEntries()).map((p) => p.text);
    for (const label of ['违法行为：', '违反条款：', '法律责任：', '合规要点：']) {
      assert.equal(text.filter((t) => t.startsWith(label)).length, builtinCatalogEntries().length, label);
    }
  });

  it('a config entry with the same id replaces the bundled one', () => {
    const bundled = builtinCatalogEntries()[0]!;
    const text = guidanceDocument([{ ...bundled, name: '本机关的写法' }, ...builtinCatalogEntries()]).map(
      (p) => p.text,
    );
    assert.ok(text.some((t) => t.endsWith('本机关的写法')));
    assert.ok(!text.some((t) => t.endsWith(`）${bundled.name}`)));
  });

  it('renders in the same layout: the DOCX text is the printed list, headings 黑体/楷体', async () => {
    const entries = builtinCatalogEntries();
    const doc = await openDocx(await exportGuidanceDocx(entries));
    const printed = guidanceDocument(entries);
    assert.deepEqual(
      doc.paragraphs(),
      printed.map((p) => p.text),
    );
    assert.equal(attrs(doc.xml('word/document.xml'), 'w:pgSz')['w:w'], '11906');
    const xml = doc.xml('word/document.xml');
    const h1 = printed.find((p) => p.role === 'heading1')!.text;
    assert.match(xml, new RegExp(`w:eastAsia="黑体"[\\s\\S]{0,400}>${h1}<`));
  });

  it('CLI: casedraft guidance --field 安全生产 -o 清单.docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-guidance-'));
    const r = cli(['guidance', '--field', '安全生产', '-o', '清单.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = await openDocx(readFileSync(join(dir, '清单.docx')));
    assert.equal(doc.paragraphs()[0], `${GUIDANCE_TITLE}（安全生产）`);
    assert.deepEqual(readdirSync(dir), ['清单.docx']);
  });

  it('CLI: an unknown field is a usage error (exit 2), nothing written; a config catalog is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-guidance-'));
    const r = cli(['guidance', '--field', '不存在的领域', '-o', 'x.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /安全生产/);
    assert.ok(!existsSync(join(dir, 'x.docx')));
    writeFileSync(join(dir, 'extra.json'), JSON.stringify({ entries: [{ ...ENTRY, field: '本地领域' }] }));
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ catalogs: ['extra.json'] }));
    const ok = cli(
      ['guidance', '--field', '本地领域', '--config', 'casedraft.config.json', '-o', 'y.docx'],
      dir,
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(join(dir, 'y.docx')));
  });
});
