import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/core/config';
import {
  DECISION_DAYS,
  DELIVERY_DAYS,
  deadlinesOf,
  HEARING_REQUEST_DAYS,
  LIMITATION_YEARS,
  LITIGATION_MONTHS,
  PAYMENT_DAYS,
  RECONSIDERATION_DAYS,
} from '../../server/src/core/deadlines';
import { articleText, lawById } from '../../server/src/core/laws';
import { toChineseInteger as cn } from '../../server/src/core/numerals';
import { parseCase } from '../../server/src/core/parse';
import { BASE, edit } from '../helpers/ruleTester';

const config = resolveConfig();
const of = (text: string, c = config) => deadlinesOf(parseCase(text, 'file:///d.case.md'), c);
const summary = (text: string, c = config) =>
  of(text, c).all.map((d) => `${d.id} ${d.start}→${d.end} ${d.status}`);

describe('core/deadlines', () => {
  it('the base decision: every period, with its end and whether the draft keeps it', () => {
    assert.deepEqual(summary(BASE), [
      'limitation 2025-03-10→2027-03-10 met', // Art. 36: two years, to 立案 (no 程序.发现)
      'hearingRequest 2025-04-01→2025-04-09 met', // five working days, 清明 04-04 not counted
      'statement 2025-04-01→2025-04-09 met',
      'decision 2025-03-11→2025-06-09 met', // ninety calendar days
      'delivery 2025-04-15→2025-04-24 met', // seven working days
      'payment 2025-04-16→2025-05-01 open', // fifteen days from receipt
      'reconsideration 2025-04-16→2025-06-15 open', // sixty days (行政复议法 2023 Art. 20)
      'litigation 2025-04-16→2025-10-16 open', // six months (行政诉讼法 Art. 46)
    ]);
    const h = of(BASE).get('hearingRequest')!;
    assert.equal(h.counting.kind, 'workingDays');
    assert.deepEqual(h.counting.kind === 'workingDays' && h.counting.count.holidays, ['2025-04-04']);
    assert.equal(h.basis.zh, '《中华人民共和国行政处罚法》第六十四条第一项、第八十五条');
    assert.equal(of(BASE).get('statement')!.setting, 'statementPeriodWorkingDays');
  });

  it('is computed once per draft and config', () => {
    const model = parseCase(BASE, 'file:///d.case.md');
    assert.equal(deadlinesOf(model, config), deadlinesOf(model, config));
    assert.notEqual(
      deadlinesOf(model, config),
      deadlinesOf(model, resolveConfig({ statementPeriodWorkingDays: 3 })),
    );
  });

  it('a decision before its periods have run, and a late delivery, are missed', () => {
    const early = edit('  决定: 2025-04-15', '  决定: 2025-04-09');
    assert.equal(of(early).get('hearingRequest')!.status, 'missed');
    assert.equal(of(edit('  送达: 2025-04-16', '  送达: 2025-04-25')).get('delivery')!.status, 'missed');
  });

  it('a waived or used right no longer holds the decision back', () => {
    const waived = edit(
      '  听证申请: 未申请',
      '  听证申请: 放弃',
      edit('  决定: 2025-04-15', '  决定: 2025-04-03'),
    );
    assert.equal(of(waived).get('hearingRequest')!.status, 'moot');
    assert.equal(of(waived).get('statement')!.status, 'missed');
  });

  it('a 当场 decision: no statement, hearing, 90-day or delivery period, and from 2024 no period to sue', () => {
    const simple = edit('  程序: 普通', '  程序: 简易');
    assert.deepEqual(
      of(simple).all.map((d) => d.id),
      ['limitation', 'payment', 'reconsideration'],
    );
    // Before 2024 (行政复议法 2017) a 当场 decision could be taken straight to court.
    const old = edit('  送达: 2025-04-16', '  送达: 2023-04-16', simple);
    assert.ok(of(old).get('litigation'));
    assert.match(of(old).get('reconsideration')!.basis.zh, /行政复议法》（2017年）第九条第一款/);
  });

  it('a period that began before the 2021 行政处罚法 took effect is not computed with its figures', () => {
    const text = BASE.replace(/2025-0(\d)-(\d\d)/g, '2021-0$1-$2');
    const d = of(text);
    assert.equal(d.get('hearingRequest'), undefined);
    assert.deepEqual(
      d.unknown.map((u) => `${u.id} ${u.start} ${u.bundledFrom}`),
      [
        'limitation 2021-03-10 2021-07-15',
        'hearingRequest 2021-04-01 2021-07-15',
        'decision 2021-03-11 2021-07-15',
        'delivery 2021-04-15 2021-07-15',
        'payment 2021-04-16 2021-07-15',
      ],
    );
    assert.match(d.get('reconsideration')!.basis.zh, /（2017年）第九条/);
  });

  describe('limitation (Art. 36)', () => {
    it('runs to 程序.发现 when the draft gives it', () => {
      const late = edit(
        '  立案: 2025-03-11',
        '  发现: 2027-03-11\n  立案: 2027-03-12',
        edit('  违法行为发生: 2025-03-10', '  违法行为发生: 2025-03-10'),
      );
      const l = of(late).get('limitation')!;
      assert.deepEqual(l.governs, { step: '发现', relation: 'by', date: '2027-03-11' });
      assert.equal(l.status, 'missed');
    });
    it('five years only in a listed field and with 危害后果: 有', () => {
      const food = edit('领域: 安全生产', '领域: 食品安全');
      const c = resolveConfig({ fiveYearLimitationFields: ['食品安全'] });
      assert.equal(of(food, c).get('limitation')!.end, '2027-03-10'); // harm not stated: two years
      const harm = edit('首违: 否', '首违: 否\n危害后果: 有', food);
      assert.equal(of(harm, c).get('limitation')!.end, '2030-03-10');
      assert.equal(of(harm).get('limitation')!.end, '2027-03-10'); // field not listed
    });
  });

  it('every figure is the one its article says (the bundled texts)', () => {
    const t = (law: string, a: number, p?: number, i?: number) => articleText(lawById(law)!, a, p, i)!;
    assert.ok(t('xingzheng-chufa-fa-2021', 64).includes(`告知后${cn(HEARING_REQUEST_DAYS)}日内提出`));
    assert.ok(t('xingzheng-chufa-fa-2021', 60).includes(`立案之日起${cn(DECISION_DAYS)}日内`));
    assert.ok(t('xingzheng-chufa-fa-2021', 61).includes(`${cn(DELIVERY_DAYS)}日内`));
    assert.ok(
      t('xingzheng-chufa-fa-2021', 67, 3).includes(`收到行政处罚决定书之日起${cn(PAYMENT_DAYS)}日内`),
    );
    assert.ok(t('xingzheng-chufa-fa-2021', 36).includes(`${cn(LIMITATION_YEARS.ordinary)}年内未被发现`));
    assert.ok(t('xingzheng-chufa-fa-2021', 36).includes(`延长至${cn(LIMITATION_YEARS.extended)}年`));
    assert.ok(t('xingzheng-fuyi-fa-2023', 20, 1).includes(`${cn(RECONSIDERATION_DAYS)}日内提出行政复议申请`));
    assert.ok(
      t('xingzheng-fuyi-fa-2017-superseded', 9, 1).includes(
        `${cn(RECONSIDERATION_DAYS)}日内提出行政复议申请`,
      ),
    );
    assert.ok(t('xingzheng-fuyi-fa-2023', 23, 1, 1).includes('对当场作出的行政处罚决定不服'));
    assert.ok(t('xingzheng-susong-fa', 46, 1).includes(`${cn(LITIGATION_MONTHS)}个月内提出`));
  });
});
