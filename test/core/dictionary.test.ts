import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import schema from '../../schemas/dictionary.schema.json';
import data from '../../data/dictionary/standard-terms.json';
import { resolveConfig } from '../../server/src/core/config';
import {
  attachDictionaries,
  Boundaries,
  builtinDictionary,
  Dictionary,
  DictionaryError,
  dictionaryFor,
  type TermEntry,
} from '../../server/src/core/dictionary';
import { allLaws, articleText, findLaw, getArticle, lawById } from '../../server/src/core/laws';
import { runLint } from '../../server/src/cli/lint';
import nonstandardTerm from '../../server/src/rules/wording/nonstandard-term';

const entry = (over: Partial<TermEntry> = {}): TermEntry => ({
  id: 'test-entry',
  wrong: ['罚金'],
  standard: '罚款',
  context: { zh: '测试', en: 'test' },
  source: { guideline: 'test' },
  tests: [
    { input: '处以罚金', output: '处以罚款' },
    { input: '处罚金额', output: '处罚金额' },
  ],
  ...over,
});

describe('core/dictionary: the bundled standard-term dictionary', () => {
  it('loads: fits its schema and every entry passes its self-tests', () => {
    assert.ok(new Ajv({ strict: false }).validate(schema, data));
    assert.ok(builtinDictionary().entries.length >= 60, `${builtinDictionary().entries.length} entries`);
    assert.deepEqual(builtinDictionary().selfTest(), []);
    // The CLI loads it trusted, unchecked: it must pass every check an agency's file passes
    // (schema, exception patterns, self-tests).
    assert.doesNotThrow(() => Dictionary.fromData(data, 'standard-terms'));
  });

  it('ids are unique', () => {
    const ids = data.entries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  describe('every legal source is checkable against the law texts', () => {
    for (const e of data.entries as TermEntry[]) {
      if (!e.source.law) continue;
      it(`${e.id}: ${e.source.law} 第${e.source.article}条 contains “${e.source.quote}”`, () => {
        const law = lawById(e.source.law!);
        assert.ok(law, `no law ${e.source.law} in data/laws/`);
        const text = articleText(law!, e.source.article!);
        assert.ok(text, `no article ${e.source.article}`);
        assert.ok(text!.includes(e.source.quote!), `the article does not contain the quote: ${text}`);
      });
    }
  });

  it('usage entries: the standard form is in the quoted law text', () => {
    for (const e of data.entries as TermEntry[]) {
      if (!e.source.law || e.kind !== 'usage') continue;
      assert.ok(e.source.quote!.includes(e.standard), `${e.id}: quote lacks ${e.standard}`);
    }
  });
});

describe('core/dictionary: the bundled entries against the law texts', () => {
  // The law texts are standard wording; a quick-fix entry that matches them is too broad. The
  // known hits: 消防法 第六十九条 writes 其它 once, and the 2002 evidence rules predate 行政行为.
  // Other laws keep words the 行政处罚法 changed: 道路交通安全法 Arts. 108 and 115 say 罚款收据,
  // 反不正当竞争法 Art. 25 says 及时纠正, and the regulations of 2003 and 2007 write 做出. A
  // decision quoting them quotes them so: the wording rules leave quoted law text alone.
  const KNOWN = new Set([
    'qita xiaofang-fa-2021 69',
    'juti-xingzheng-xingwei xingzheng-susong-zhengju-guiding-2002',
    'fakuan-shouju daolu-jiaotong-anquan-fa-2021',
    'jishi-jiuzheng fan-buzhengdang-jingzheng-fa-2019 25',
    'zuochu jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003',
    'zuochu shengchan-anquan-shigu-baogao-tiaoli-2007',
  ]);
  it('no quick fix fires on a current law text, apart from the known hits', () => {
    const hits: string[] = [];
    for (const law of allLaws()) {
      if (law.superseded) continue;
      for (const a of law.articles) {
        for (const m of builtinDictionary().match(a.text, '2025-01-01')) {
          if (m.entry.fix === 'suggestion') continue;
          const key = `${m.entry.id} ${law.id} ${a.number}`;
          if (KNOWN.has(key) || KNOWN.has(`${m.entry.id} ${law.id}`)) continue;
          hits.push(`${key}: ${m.wrong}`);
        }
      }
    }
    assert.deepEqual(hits, []);
  });
});

describe('core/dictionary: word-boundary matching (Intl.Segmenter)', () => {
  const d = new Dictionary([entry()]);
  it('处罚金额 does not match 罚金; 处以罚金 does', () => {
    assert.deepEqual(d.match('处罚金额为贰万元'), []);
    assert.deepEqual(
      d.match('对当事人处以罚金').map((m) => m.span),
      [{ start: 6, end: 8 }],
    );
  });
  it('ICU splits 当事/人 and glues 人的: a term ending before a glued particle still matches', () => {
    const b = new Boundaries('当事人的违法所得');
    assert.equal(b.isEnd(3), true); // 当事|人的 — 3 is inside the segment 人的, before the particle 的
    assert.equal(b.isStart(0), true);
    const who = new Dictionary([
      entry({
        id: 'who',
        wrong: ['嫌疑人'],
        standard: '当事人',
        tests: [
          { input: '违法嫌疑人的陈述', output: '违法当事人的陈述' },
          { input: '嫌疑', output: '嫌疑' },
        ],
      }),
    ]);
    assert.equal(who.applyFixes('违法嫌疑人的陈述'), '违法当事人的陈述');
  });
  it('an entry with boundary none matches inside words', () => {
    const any = new Dictionary([entry({ boundary: 'none', tests: [] })]);
    assert.equal(any.match('处罚金额').length, 1);
  });
  it('validFrom: silent before the date, and without a date', () => {
    const dated = new Dictionary([entry({ validFrom: '2021-07-15' })]);
    assert.equal(dated.match('处以罚金', '2021-07-14').length, 0);
    assert.equal(dated.match('处以罚金').length, 0);
    assert.equal(dated.match('处以罚金', '2021-07-15').length, 1);
  });
  it('a quotation introduced by the excepted article is left alone', () => {
    const q = new Dictionary([entry({ exceptions: [{ quoteCiting: '第三十五条' }] })]);
    assert.equal(q.match('依照第三十五条：“应当折抵相应罚金”').length, 0);
    assert.equal(q.match('依照第九条：“处以罚金”').length, 1);
  });
});

describe('core/dictionary: a broken entry fails loudly', () => {
  const file = (e: TermEntry) => ({ name: 'agency', entries: [e] });
  it('a failing self-test throws, naming the entry and the input', () => {
    const bad = entry({
      tests: [
        { input: '处罚金额', output: '处罚款额' },
        { input: 'x', output: 'x' },
      ],
    });
    assert.throws(
      () => Dictionary.fromData(file(bad)),
      (err: Error) =>
        err instanceof DictionaryError && /test-entry/.test(err.message) && /处罚金额/.test(err.message),
    );
  });
  it('a schema error throws', () => {
    assert.throws(
      () => Dictionary.fromData({ name: 'x', entries: [{ id: 'Bad Id', wrong: [] }] }),
      DictionaryError,
    );
  });
  it('a source without law or guideline is rejected', () => {
    assert.throws(() => Dictionary.fromData(file(entry({ source: {} }))), DictionaryError);
  });
});

describe('core/dictionary: agency dictionaries', () => {
  const agency = {
    name: 'agency',
    entries: [
      {
        id: 'chengguan',
        wrong: ['城管局'],
        standard: '综合行政执法局',
        context: { zh: '机关名称用全称', en: 'the authority by its name' },
        source: { guideline: '某市综合行政执法局文书规范' },
        tests: [
          { input: '城管局执法人员', output: '综合行政执法局执法人员' },
          { input: '综合行政执法局', output: '综合行政执法局' },
        ],
      },
    ],
  };
  it('attachDictionaries puts the agency entries before the bundled ones', () => {
    const config = attachDictionaries(resolveConfig(), [Dictionary.fromData(agency)]);
    const dict = dictionaryFor(config);
    assert.equal(dict.entries[0]!.id, 'chengguan');
    assert.ok(dict.entries.length > builtinDictionary().entries.length);
    assert.equal(dictionaryFor(resolveConfig()), builtinDictionary());
  });
  it('the CLI loads `dictionaries` from casedraft.config.json, relative to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-dict-'));
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ dictionaries: ['terms.json'] }));
    writeFileSync(join(dir, 'terms.json'), JSON.stringify(agency));
    writeFileSync(
      join(dir, 'a.case.md'),
      '---\n文书: 行政处罚决定书\n---\n\n# 行政处罚决定书\n\n## 违法事实\n\n城管局执法人员检查时发现。\n',
    );
    const run = runLint({ paths: [dir], rules: [nonstandardTerm] });
    assert.deepEqual(run.inputErrors, []);
    assert.deepEqual(
      run.results[0]!.diagnostics.map((d) => d.rule),
      ['wording/nonstandard-term'],
    );
  });
  it('the CLI reports a broken agency dictionary as an input error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-dict-'));
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ dictionaries: ['terms.json'] }));
    const broken = {
      ...agency,
      entries: [
        {
          ...agency.entries[0]!,
          tests: [
            { input: '城管局', output: '城管局' },
            { input: 'a', output: 'a' },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'terms.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'a.case.md'), '---\n文书: 行政处罚决定书\n---\n\n# 行政处罚决定书\n');
    const run = runLint({ paths: [dir], rules: [nonstandardTerm] });
    assert.equal(run.inputErrors.length, 1);
    assert.match(run.inputErrors[0]!.message, /chengguan/);
  });
});

describe('core/laws: the generated law database', () => {
  it('行政处罚法 第七十二条 第一款 第一项 is the surcharge', () => {
    const law = lawById('xingzheng-chufa-fa-2021')!;
    assert.match(articleText(law, 72, 1, 1)!, /每日按罚款数额的百分之三加处罚款/);
    assert.equal(getArticle(law, 87), undefined);
  });
  it('the superseded 行政复议法 is kept but not found by name', () => {
    assert.equal(findLaw('行政复议法')!.id, 'xingzheng-fuyi-fa-2023');
    assert.equal(findLaw('《中华人民共和国行政复议法》')!.version, '2023-09-01');
  });
});
