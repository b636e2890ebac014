import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../server/src/core/config';
import { effectiveSeverity } from '../server/src/core/engine';
import { addedIn2021, CHUFA_2021_IN_FORCE, provisionsOf } from '../server/src/core/renumbering';
import { allRules } from '../server/src/rules';

const root = join(__dirname, '..');

describe('meta: every rule is complete', () => {
  it('there are rules', () => assert.ok(allRules.length >= 15));

  for (const rule of allRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('its id is its file path, and it names its basis in both languages', () => {
        assert.ok(existsSync(join(root, 'server/src/rules', `${id}.ts`)), `server/src/rules/${id}.ts`);
        const { basis } = rule.meta;
        // Law cites an article or a named law; a standard names its code (GB, GB/T …).
        if (basis.kind === 'law') assert.match(basis.zh, /第.+条|《/);
        if (basis.kind === 'standard') assert.match(basis.zh, /GB(?:\/T)? ?\d+/);
        assert.ok(
          basis.en.length > 0 && rule.meta.description.en.length > 0 && rule.meta.description.zh.length > 0,
        );
      });

      it('its basis and messages cite the same provisions of the 行政处罚法 in both languages (they are renumbered by date)', () => {
        const { basis } = rule.meta;
        const zh = provisionsOf(basis.zh, 'zh-cn');
        if (basis.zh.includes('《中华人民共和国行政处罚法》第')) assert.ok(zh.length > 0, basis.zh);
        assert.deepEqual(provisionsOf(basis.en, 'en'), zh, `${basis.zh}\n${basis.en}`);
        for (const m of Object.values(rule.messages as Record<string, { zh: string; en: string }>))
          assert.deepEqual(provisionsOf(m.en, 'en'), provisionsOf(m.zh, 'zh-cn'), `${m.zh}\n${m.en}`);
      });

      it('a basis newer than the documents it reads says from when, and an earlier requirement names its text', () => {
        const { inForceFrom, earlier } = rule.meta.basis;
        if (earlier)
          assert.ok(inForceFrom, 'an earlier requirement needs the day the later one came into force');
        if (!inForceFrom) return;
        assert.match(inForceFrom, /^\d{4}-\d{2}-\d{2}$/);
        const doc = readFileSync(join(root, rule.meta.docs), 'utf8');
        // The page says what documents dated before it get, and from which text.
        assert.ok(doc.includes(inForceFrom), `${rule.meta.docs} names ${inForceFrom}`);
        if (earlier) {
          assert.match(earlier.zh, /（\d{4}年修正文本）/);
          assert.match(earlier.en, /\(\d{4} text\)/);
          assert.deepEqual(provisionsOf(earlier.en, 'en'), provisionsOf(earlier.zh, 'zh-cn'));
        }
      });

      it('a basis resting on an article the 2021 text added binds documents from 2021-07-15, or is judged by today’s law', () => {
        const { basis } = rule.meta;
        const texts = [
          basis.zh,
          ...Object.values(rule.messages as Record<string, { zh: string }>).map((m) => m.zh),
        ];
        const added = texts.flatMap((t) => provisionsOf(t, 'zh-cn')).filter(addedIn2021);
        if (!added.length || basis.actNow) return;
        assert.equal(
          basis.inForceFrom,
          CHUFA_2021_IN_FORCE,
          `cites Art. ${added.map((p) => p.article).join(', ')}, which no document dated before 2021-07-15 is held to`,
        );
        if (basis.earlier)
          assert.ok(!provisionsOf(basis.earlier.zh, 'zh-cn').some(addedIn2021), basis.earlier.zh);
      });

      it('its default severity follows from its basis (law as the law makes it, standard → warning, agency → off, house → info)', () => {
        const expected = { standard: 'warning', house: 'info' } as Record<string, string>;
        const kind = rule.meta.basis.kind;
        if (expected[kind]) assert.equal(rule.meta.severity, expected[kind]);
        assert.equal(
          effectiveSeverity(rule, resolveConfig()),
          kind === 'agency' ? 'off' : rule.meta.severity,
        );
      });

      it('has a docs page with a wrong and a right example and the article of law', () => {
        assert.equal(rule.meta.docs, `docs/rules/${id}.md`);
        const path = join(root, rule.meta.docs);
        assert.ok(existsSync(path), `missing ${rule.meta.docs}`);
        const doc = readFileSync(path, 'utf8');
        assert.match(
          doc,
          new RegExp(`^# ${id.replace('/', '\\/')}`, 'm'),
          'the page starts with the rule id',
        );
        assert.match(doc, /错误示例|Wrong/, 'a wrong example');
        assert.match(doc, /正确示例|Right/, 'a right example');
        assert.match(doc, /第.+条/, 'the article of law');
        // The page says the rule's basis as its metadata does (issue 11: each rule page says its basis).
        const line = {
          law: '**依据类别 / Basis**：法律，',
          standard: '**依据类别 / Basis**：国家标准，',
          agency: '**依据类别 / Basis**：机关规定，',
          house: '**依据类别 / Basis**：CaseDraft 写法约定，',
        }[rule.meta.basis.kind];
        assert.ok(doc.includes(line), `the page says its basis: ${line}`);
      });

      it('has a test with valid and invalid cases', () => {
        const path = join(root, 'test/rules', `${id}.test.ts`);
        assert.ok(existsSync(path), `missing test/rules/${id}.test.ts`);
        const test = readFileSync(path, 'utf8');
        assert.match(test, /valid:\s*\[/);
        assert.match(test, /invalid:\s*\[/);
      });

      it('every message has both languages and the same placeholders in each', () => {
        for (const [key, m] of Object.entries(rule.messages as Record<string, { zh: string; en: string }>)) {
          assert.ok(m.zh && m.en, `${key} lacks a language`);
          const ph = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
          assert.deepEqual(ph(m.zh), ph(m.en), `${key}: placeholders differ`);
        }
      });
    });
  }
});

describe('meta: generated files are fresh', () => {
  it('npm run gen would change nothing', async () => {
    const gen = await import(join(root, 'scripts/gen.mjs'));
    const files: Record<string, string> = gen.generated();
    for (const [path, content] of Object.entries(files)) {
      assert.equal(readFileSync(join(root, path), 'utf8'), content, `${path} is stale: run npm run gen`);
    }
  });
});
