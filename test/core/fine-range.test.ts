import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '../../server/src/core/catalog';
import {
  citedPenalty,
  judgeFine,
  mitigation,
  rangesOfProvision,
  readFineRanges,
} from '../../server/src/core/fine-range';
import { findLaw } from '../../server/src/core/laws';
import { parseChineseInteger } from '../../server/src/core/numerals';
import { parseCase } from '../../server/src/core/parse';
import { BASE, edit } from '../helpers/ruleTester';

const ranges = (law: string, article: number, paragraph?: number, item?: number) =>
  rangesOfProvision(findLaw(law)!, article, paragraph, item).ranges.map(({ quote: _q, ...r }) => r);

describe('core/fine-range: the range read from the law text', () => {
  it('「以上……以下」 in 元 and 万元: 大气污染防治法 Art. 115 (一万元以上十万元以下)', () => {
    assert.deepEqual(ranges('大气污染防治法', 115, 1, 1), [{ min: 10000, max: 100000, paragraph: 1 }]);
  });
  it('a maximum only, and branches with their conditions: 安全生产法 Art. 97', () => {
    assert.deepEqual(ranges('安全生产法', 97, 1, 3), [
      { min: 0, max: 100000, paragraph: 1 },
      { min: 100000, max: 200000, condition: '逾期未改正的', paragraph: 1 },
      { min: 20000, max: 50000, condition: '逾期未改正的', target: '责任人员', paragraph: 1 },
    ]);
  });
  it('a unit’s range and an individual’s from another paragraph: 消防法 Art. 60', () => {
    assert.deepEqual(ranges('消防法', 60, 1, 3), [
      { min: 5000, max: 50000, target: '单位', paragraph: 1 },
      { min: 0, max: 500, target: '个人', paragraph: 2 }, // 个人有前款第二项、第三项、第四项、第五项行为之一的
    ]);
    // item (一) is not among those para 2 names: no individual range
    assert.deepEqual(ranges('消防法', 60, 1, 1), [{ min: 5000, max: 50000, target: '单位', paragraph: 1 }]);
  });
  it('multiples and percentages of an amount, with the amount’s conditions', () => {
    assert.deepEqual(ranges('食品安全法', 124, 1, 1), [
      {
        min: 50000,
        max: 100000,
        condition: '违法生产经营的食品、食品添加剂货值金额不足一万元的',
        paragraph: 1,
      },
      { base: '货值金额', minTimes: 10, maxTimes: 20, condition: '货值金额一万元以上的', paragraph: 1 },
    ]);
    assert.deepEqual(ranges('产品质量法', 49), [
      { base: '货值金额', minTimes: 1, maxTimes: 3, paragraph: 1 },
    ]); // 等值以上三倍以下
    assert.deepEqual(ranges('环境影响评价法', 31, 1), [
      { base: '建设项目总投资额', minTimes: 0.01, maxTimes: 0.05, paragraph: 1 },
    ]);
  });
  it('情节严重 and other branches within one clause: 广告法 Art. 55', () => {
    const r = ranges('广告法', 55, 1);
    assert.deepEqual(r[1], {
      min: 200000,
      max: 1000000,
      condition: '广告费用无法计算或者明显偏低的',
      paragraph: 1,
    });
    assert.equal(r[2]!.condition, '两年内有三次以上违法行为或者有其他严重情节的');
  });
  it('no range where the law sets none, and a missing article is said so', () => {
    assert.deepEqual(ranges('建筑法', 64), []); // 「可以处以罚款」
    assert.equal(rangesOfProvision(findLaw('建筑法')!, 200).missing, true);
    assert.equal(rangesOfProvision(findLaw('消防法')!, 60, 1, 9).missing, true);
  });
  it('quotes the words the figures come from', () => {
    assert.deepEqual(
      readFineRanges('责令改正，处五千元以上五万元以下罚款：').map((r) => r.quote),
      ['处五千元以上五万元以下罚款'],
    );
  });

  it('reads every range the built-in catalog transcribed by hand', () => {
    const dir = join(__dirname, '../../data/catalog');
    for (const f of readdirSync(dir)) {
      const entries = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries: CatalogEntry[] }).entries;
      for (const e of entries) {
        if (!e.penalty) continue;
        const m = /^第(.+?)条(?:第(.+?)款)?(?:第(.+?)项)?$/.exec(e.penalty.article)!;
        const n = (s?: string) => (s ? parseChineseInteger(s) : undefined);
        const got = ranges(e.penalty.law, n(m[1])!, n(m[2]), n(m[3]));
        for (const want of e.fines ?? [])
          assert.ok(
            got.some(
              (g) =>
                g.min === want.min &&
                g.max === want.max &&
                g.minTimes === want.minTimes &&
                g.maxTimes === want.maxTimes &&
                (want.base === undefined) === (g.base === undefined),
            ),
            `${e.id}: ${want.quote}`,
          );
      }
    }
  });
});

describe('core/fine-range: a fine against the ranges', () => {
  it('¥150,000 under 大气污染防治法 Art. 115 is above its maximum', () => {
    const v = judgeFine(150000, rangesOfProvision(findLaw('大气污染防治法')!, 115, 1, 1).ranges, '单位');
    assert.equal(v.kind, 'above');
    assert.equal(v.kind === 'above' && v.max, 100000);
  });
  it('an individual is judged by the individual’s range, a unit by the unit’s', () => {
    const r = rangesOfProvision(findLaw('消防法')!, 60, 1, 3).ranges;
    assert.equal(judgeFine(800, r, '个人').kind, 'above');
    assert.equal(judgeFine(400, r, '个人').kind, 'inside');
    assert.equal(judgeFine(3000, r, '单位').kind, 'below');
    assert.equal(judgeFine(30000, r, '单位').kind, 'inside');
  });
  it('a responsible persons’ range never applies to the party', () => {
    const r = rangesOfProvision(findLaw('安全生产法')!, 97, 1, 3).ranges;
    assert.equal(judgeFine(150000, r, '单位').kind, 'inside'); // the 逾期未改正 branch
    assert.equal(judgeFine(300000, r, '单位').kind, 'above');
  });
  it('a multiple of an amount the draft does not give cannot be judged; one it gives can', () => {
    const r = rangesOfProvision(findLaw('产品质量法')!, 49).ranges;
    assert.deepEqual(judgeFine(90000, r, '单位'), { kind: 'needs-base', bases: ['货值金额'], ranges: r });
    assert.equal(judgeFine(90000, r, '单位', { 货值金额: 20000 }).kind, 'above');
    assert.equal(judgeFine(50000, r, '单位', { 货值金额: 20000 }).kind, 'inside');
    // 食品安全法 Art. 124: the fixed branch is judged, the multiple one needs 货值金额
    const food = rangesOfProvision(findLaw('食品安全法')!, 124, 1, 1).ranges;
    assert.equal(judgeFine(60000, food, '单位').kind, 'inside');
    assert.equal(judgeFine(300000, food, '单位').kind, 'needs-base');
  });
  it('no range: none', () => {
    assert.deepEqual(judgeFine(1000, [], '单位'), { kind: 'none' });
  });
});

describe('core/fine-range: what a decision cites as its penalty basis', () => {
  const cited = (text: string) => citedPenalty(parseCase(text, 'file:///d.case.md'));
  it('the 依据 citation, not the 违反 one, read in the version in force on the decision date', () => {
    const c = cited(BASE);
    assert.deepEqual(
      c.provisions.map((p) => `${p.law.id} ${p.article} ${p.item}`),
      ['anquan-shengchan-fa-2021 97 4'],
    );
    assert.deepEqual(c.unread, []);
  });
  it('a law that is not bundled, and an article that sets no range, are told apart', () => {
    const c = cited(
      edit(
        '依据《中华人民共和国安全生产法》第九十七条第四项',
        '依据《生产安全事故应急预案管理办法》第四十五条第一款第五项',
      ),
    );
    assert.deepEqual(
      c.unread.map((u) => `${u.name} ${u.status}`),
      ['生产安全事故应急预案管理办法 not-bundled'],
    );
    const none = cited(
      edit('依据《中华人民共和国安全生产法》第九十七条第四项', '依据《中华人民共和国建筑法》第六十四条'),
    );
    assert.equal(none.noRange.length, 1);
    // An act of 2021-06 under 安全生产法 (Art. 37: the law of the act's day): the 2021 text is in force from 2021-09-01 only.
    const old = cited(BASE.replace('  违法行为发生: 2025-03-10', '  违法行为发生: 2021-06-15'));
    assert.deepEqual(
      old.unread.map((u) => u.status),
      ['earlier-version'],
    );
  });
  it('减轻处罚 with its ground (an item of Art. 32, or its words), stated without one, or not at all', () => {
    const m = (s: string) => mitigation(parseCase(s, 'file:///d.case.md'));
    assert.equal(m(BASE), 'none');
    const said = edit(
      '本机关决定：',
      '鉴于当事人符合减轻处罚的情形，依据《中华人民共和国行政处罚法》第三十二条的规定，本机关决定：',
    );
    assert.equal(m(said), 'stated');
    assert.equal(m(said.replace('第三十二条的规定', '第三十二条第一项的规定')), 'ground');
    assert.equal(m(said.replace('鉴于当事人', '鉴于当事人主动消除或者减轻违法行为危害后果，')), 'ground');
  });
});
