import assert from 'node:assert/strict';
import {
  addDays,
  addWorkingDays,
  addYears,
  calendarCovers,
  coveredRange,
  describeCount,
  isWorkingDay,
  isWorkingDayPeriod,
} from '../../server/src/core/calendar';

/** Every day from `from` to `to`, inclusive. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Counting Monday–Friday only: what a naive clock does. */
function monFri(start: string, n: number): string {
  let d = start;
  for (let c = 0; c < n;) {
    d = addDays(d, 1);
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (w !== 0 && w !== 6) c++;
  }
  return d;
}

describe('core/calendar', () => {
  describe('the library against the State Council notices', () => {
    // 《国务院办公厅关于2023年部分节假日安排的通知》（国办发明电〔2022〕16号，2022年12月8日）: 中秋节、国庆节：9月29日至10月6日放假调休，共8天。
    // 10月7日（星期六）、10月8日（星期日）上班。
    it('2023 中秋·国庆: 09-29..10-06 off, 10-07 and 10-08 working', () => {
      for (const d of days('2023-09-29', '2023-10-06')) assert.equal(isWorkingDay(d), false, d);
      assert.equal(isWorkingDay('2023-10-07'), true);
      assert.equal(isWorkingDay('2023-10-08'), true);
      assert.equal(isWorkingDay('2023-09-28'), true);
      assert.equal(isWorkingDay('2023-10-09'), true);
    });
    // 《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号，2023年10月25日）: 国庆节：10月1日至7日放假调休，共7天。
    // 9月29日（星期日）、10月12日（星期六）上班。
    it('2024 国庆: 10-01..10-07 off, 09-29 and 10-12 working', () => {
      for (const d of days('2024-10-01', '2024-10-07')) assert.equal(isWorkingDay(d), false, d);
      assert.equal(isWorkingDay('2024-09-29'), true);
      assert.equal(isWorkingDay('2024-10-12'), true);
      assert.equal(isWorkingDay('2024-09-28'), false); // an ordinary Saturday
      assert.equal(isWorkingDay('2024-10-13'), false); // an ordinary Sunday
    });
  });

  describe('every holiday span and adjusted working day of the two notices', () => {
    // The items of 国办发明电〔2022〕16号 (2023) and 国办发明电〔2023〕7号 (2024), as published in the
    // 国务院公报 2023年第1号 and 第31号: [first day off, last day off, adjusted working days].
    const notices: [string, string, string[]][] = [
      ['2022-12-31', '2023-01-02', []], // 元旦
      ['2023-01-21', '2023-01-27', ['2023-01-28', '2023-01-29']], // 春节
      ['2023-04-05', '2023-04-05', []], // 清明节
      ['2023-04-29', '2023-05-03', ['2023-04-23', '2023-05-06']], // 劳动节
      ['2023-06-22', '2023-06-24', ['2023-06-25']], // 端午节
      ['2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']], // 春节
      ['2024-04-04', '2024-04-06', ['2024-04-07']], // 清明节
      ['2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']], // 劳动节
      ['2024-09-15', '2024-09-17', ['2024-09-14']], // 中秋节
    ];
    for (const [from, to, working] of notices) {
      it(`${from}..${to} off${working.length ? `, ${working.join(' and ')} working` : ''}`, () => {
        for (const d of days(from, to)) assert.equal(isWorkingDay(d), false, d);
        for (const d of working) assert.equal(isWorkingDay(d), true, d);
      });
    }
  });

  describe('coverage', () => {
    it('holds 2004–2026 and knows it does not hold 2027', () => {
      assert.deepEqual(coveredRange(), { first: 2004, last: 2026 });
      assert.equal(calendarCovers(2026), true);
      assert.equal(calendarCovers(2027), false);
    });
    it('counts Monday–Friday in an uncovered year and says so', () => {
      assert.equal(isWorkingDay('2027-01-01'), true); // a Friday; its 元旦 is not in the data
      const c = addWorkingDays('2026-12-30', 5);
      assert.deepEqual(c.uncoveredYears, [2027]);
      assert.equal(c.end, '2027-01-06'); // 12-31 (2026 data), 2027: 01-01, 01-04, 01-05, 01-06
      assert.match(describeCount(5, c, 'zh-cn'), /2027年.*按周一至周五计算/);
      assert.match(describeCount(5, c, 'en'), /does not cover 2027.*Monday to Friday/);
    });
  });

  describe('working-day periods (Art. 85)', () => {
    it('2, 3, 5, 7 days are working days; others are calendar days', () => {
      assert.deepEqual([2, 3, 5, 7, 10, 15, 60, 90].map(isWorkingDayPeriod), [
        true,
        true,
        true,
        true,
        false,
        false,
        false,
        false,
      ]);
    });
    it('2023: five working days after 09-27 end on 10-10; Mon–Fri says 10-04 (too early)', () => {
      const c = addWorkingDays('2023-09-27', 5);
      assert.equal(c.end, '2023-10-10');
      assert.deepEqual(c.adjustedWorkdays, ['2023-10-07', '2023-10-08']);
      assert.equal(monFri('2023-09-27', 5), '2023-10-04');
      assert.equal(
        describeCount(5, c, 'zh-cn'),
        '五个工作日，中秋、国庆节假期及调休上班日 2023-10-07、2023-10-08已计入',
      );
    });
    it('2023: five working days after 10-06 end on 10-11; Mon–Fri says 10-13 (too late)', () => {
      assert.equal(addWorkingDays('2023-10-06', 5).end, '2023-10-11');
      assert.equal(monFri('2023-10-06', 5), '2023-10-13');
    });
    it('2024: five working days after 09-27 end on 10-10 (09-29 counted); Mon–Fri says 10-04', () => {
      const c = addWorkingDays('2024-09-27', 5);
      assert.equal(c.end, '2024-10-10');
      assert.deepEqual(c.adjustedWorkdays, ['2024-09-29']);
      assert.equal(monFri('2024-09-27', 5), '2024-10-04');
    });
    it('2024: five working days after 10-09 end on 10-15 (10-12 counted); Mon–Fri says 10-16', () => {
      assert.equal(addWorkingDays('2024-10-09', 5).end, '2024-10-15');
      assert.equal(monFri('2024-10-09', 5), '2024-10-16');
    });
  });

  it('adds calendar years, 02-29 to 02-28', () => {
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
    assert.equal(addYears('2025-03-10', -2), '2023-03-10');
  });
});
