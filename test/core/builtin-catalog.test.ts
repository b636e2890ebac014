import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { builtinCatalog, builtinCatalogEntries } from '../../server/src/core/builtin-catalog';
import { resolveConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { articleText, findLaw } from '../../server/src/core/laws';
import { parseChineseInteger } from '../../server/src/core/numerals';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';
import requiredByCatalog from '../../server/src/rules/evidence/required-by-catalog';
import schema from '../../schemas/catalog.schema.json';
import { messageOf } from '../helpers/words';

const ROOT = join(__dirname, '..', '..');
const CATALOG_DIR = join(ROOT, 'data', 'catalog');
const OUR_RULES = allRules.filter(
  (r) => /^(procedure|penalty)\//.test(r.meta.id) || r.meta.id === 'evidence/required-by-catalog',
);

describe('core/builtin-catalog', () => {
  it('every catalog file meets schemas/catalog.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const f of readdirSync(CATALOG_DIR).filter((x) => x.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(CATALOG_DIR, f), 'utf8'));
      assert.ok(validate(data), `${f}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('ids and names are unique, and the required entries are there', () => {
    const entries = builtinCatalogEntries();
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
    const cat = builtinCatalog();
    for (const [name, violates, penalty] of [
      ['超标排放水污染物', '第十条', '第八十三条第二项'],
      ['超标排放大气污染物', '第十八条', '第九十九条第二项'],
      ['未采取措施控制粉尘和气态污染物排放', '第四十八条', '第一百零八条第五项'],
      ['未如实记录安全生产教育和培训情况', '第二十八条第四款', '第九十七条第四项'],
      ['未按照规定对从业人员进行安全生产教育和培训', '第二十八条第一款', '第九十七条第三项'],
      ['未按规定建立并遵守进货查验记录制度', '第五十三条第二款', '第一百二十六条第一款第三项'],
    ]) {
      const e = cat.find(name);
      assert.ok(e, name);
      assert.equal(e.violates?.article, violates, name);
      assert.equal(e.penalty?.article, penalty, name);
    }
    assert.equal(cat.find('未如实记录安全生产教育和培训情况')?.firstViolation?.applicable, true);
    assert.deepEqual(
      [...new Set(entries.map((e) => e.field))].sort(),
      ['住建', '安全生产', '市场监管', '消防', '生态环境'].sort(),
    );
  });

  it('every quoted provision and fine range is verbatim in the bundled law text (data/laws/)', () => {
    for (const e of builtinCatalogEntries()) {
      for (const p of [e.violates, e.penalty]) {
        if (!p?.text) continue;
        const file = (p as { source?: string }).source;
        assert.ok(file, `${e.id}: the provision names its law file`);
        const law = readFileSync(join(ROOT, file), 'utf8').replace(/\n+/g, '');
        for (const piece of p.text.split('……'))
          assert.ok(law.includes(piece), `${e.id} ${p.article}: "${piece.slice(0, 30)}…" not in ${file}`);
      }
      for (const r of e.fines ?? []) {
        // Only the words of the range: a quote stitched from two clauses is checked clause by clause.
        for (const clause of r.quote.split(/[，；]/))
          assert.ok(e.penalty?.text?.includes(clause), `${e.id}: "${clause}" not in the penalty provision`);
      }
    }
  });

  it('the discretion bands are labelled an example and lie within the statutory range', () => {
    for (const e of builtinCatalogEntries()) {
      if (!e.discretion) continue;
      assert.equal(e.discretion.example, true, e.id);
      assert.match(e.discretion.source, /EXAMPLE/);
      const max = Math.max(...(e.fines ?? []).map((f) => f.max ?? 0));
      for (const [band, b] of Object.entries(e.discretion.bands))
        assert.ok(b && b.min <= b.max && b.max <= max, `${e.id} ${band}`);
    }
  });

  const clean: [string, string][] = [
    ['examples/clean/decision.case.md', join(ROOT, 'examples', 'clean', 'decision.case.md')],
    ['test/fixtures/base-decision.case.md', join(ROOT, 'test', 'fixtures', 'base-decision.case.md')],
  ];
  for (const [name, path] of clean) {
    it(`${name} is clean under procedure/*, penalty/* and evidence/required-by-catalog with the built-in catalog`, () => {
      const model = parseCase(readFileSync(path, 'utf8'), 'file:///clean.case.md');
      const found = lintModel(model, {
        rules: OUR_RULES,
        config: resolveConfig(),
        catalog: builtinCatalog(),
      });
      assert.deepEqual(
        found.map((d) => `${d.rule}: ${messageOf(d)}`),
        [],
      );
    });
  }

  it('evidence/required-by-catalog uses the built-in catalog: a water case without a sampling record', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'base-decision.case.md'), 'utf8').replace(
      '违法行为: 未如实记录安全生产教育和培训情况',
      '违法行为: 超标排放水污染物',
    );
    // An agency rule: on with the preset of the agency whose catalog it is.
    const found = lintModel(parseCase(text), {
      rules: [requiredByCatalog],
      catalog: builtinCatalog(),
      config: resolveConfig({ preset: 'zhangjiagang' }),
    });
    assert.deepEqual(
      found.map((d) => /「(.+?)」，证据表中没有|具备「(.+?)」/.exec(messageOf(d))?.[2]),
      ['采样记录', '监测或检测报告'],
    );
  });
});

describe('the built-in catalog: each evidence requirement says only what its article says', () => {
  // Issue 16: 「水污染防治法第十条：超过排放标准须有监测数据证明」 put words in the law's mouth. A basis
  // quotes the law in 「」 (verbatim, 「……」 for a gap) and labels the rest as the catalog's own.
  const flat = (s: string) => s.replace(/[\s，,。]/g, '');
  for (const e of builtinCatalogEntries())
    for (const ev of e.evidence ?? []) {
      it(`${e.id}: ${ev.name}`, () => {
        const basis = ev.basis ?? '';
        const law = [...basis.matchAll(/《([^》]+)》/g)].map((m) => m[1]!);
        for (const m of basis.matchAll(/「([^」]+)」/g)) {
          // The law named last before the quotation, and any of the articles named since.
          const before = basis.slice(0, m.index);
          const name = law.filter((n) => before.includes(`《${n}》`)).pop();
          assert.ok(name, `${m[0]} follows no law`);
          const l = findLaw(name)!;
          const after = before.slice(before.lastIndexOf(`《${name}》`));
          const articles = [...after.matchAll(/第([零〇一二三四五六七八九十百千]+)条/g)].map((x) =>
            parseChineseInteger(x[1]!)!,
          );
          const texts = articles.map((a) => flat(articleText(l, a) ?? ''));
          const pieces = m[1]!.split('……').map(flat).filter(Boolean);
          assert.ok(
            texts.some((t) => {
              let from = 0;
              return pieces.every((p) => {
                const i = t.indexOf(p, from);
                from = i + p.length;
                return i >= 0;
              });
            }),
            `${m[0]} is not in 《${name}》 ${articles.join('/')}`,
          );
        }
        const own = basis.replace(/「[^」]*」/g, '');
        if (/须|必须|应当/.test(own))
          assert.match(basis, /本清单的取证要求/, 'a requirement of its own is labelled');
      });
    }
});
