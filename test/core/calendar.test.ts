import assert from 'node:assert/strict';
import {
  getDayDetail,
  getHolidaysInRange,
  getSolarDateFromLunar,
  getSolarTermDate,
  isWorkday,
} from 'chinese-days';
import {
  addDays,
  addWorkingDays,
  addYears,
  Calendar,
  calendarCovers,
  calendarFor,
  coveredRange,
  describeCount,
  isPlausibleDate,
  isWorkingDay,
  isWorkingDayPeriod,
  statutoryHolidays,
  type HolidayNotice,
} from '../../server/src/core/calendar';
import { resolveConfig, validateConfigObject } from '../../server/src/core/config';
import { isIsoDate } from '../../server/src/core/facts';

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

  it("reads chinese-days' tables as the library does, on every day of the years it covers", () => {
    // The calendar reads the library's JSON, not its functions (core/calendar.ts says why).
    for (let y = 1900; y <= 2200; y++)
      assert.equal(
        calendarCovers(y),
        getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0,
        `${y}`,
      );
    const { first, last } = coveredRange();
    const cal = new Calendar();
    const names: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
    for (const d of days(`${first}-01-01`, `${last}-12-31`)) {
      const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      const label = getDayDetail(d).name.split(',')[1]!;
      const want = isWorkday(d)
        ? { working: true }
        : weekend
          ? { working: false }
          : { working: false, holiday: names[label] ?? label };
      assert.deepEqual(cal.day(d), want, d);
    }
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
    it('the library holds 2004–2026 and knows it does not hold 2027', () => {
      assert.deepEqual(coveredRange(), { first: 2004, last: 2026 });
      assert.equal(calendarCovers(2026), true);
      assert.equal(calendarCovers(2027), false);
    });
    it('a year before the library and the bundled 放假办法 is counted Monday–Friday, and says so', () => {
      assert.deepEqual(new Calendar().basisOf(2003), { kind: 'weekdays', year: 2003 });
      const c = addWorkingDays('2003-09-30', 5);
      assert.equal(c.end, '2003-10-07'); // 10-01..10-03 and 10-06, 10-07: Monday–Friday only
      assert.match(describeCount(5, c, 'zh-cn'), /2003年.*按周一至周五计算/);
      assert.match(describeCount(5, c, 'en'), /does not cover 2003.*Monday to Friday/);
    });
  });

  // The years after the library's notices: the statutory holidays of the 全国年节及纪念日放假办法 as
  // revised on 2024-11-10 (data/laws/quanguo-nianjie-fangjia-banfa-2024.md), Art. 2: 元旦 1-1; 春节
  // 农历除夕、正月初一至初三; 清明节 农历清明当日; 劳动节 5-1, 5-2; 端午节 农历端午当日; 中秋节 农历中秋当日;
  // 国庆节 10-1..10-3. Art. 6: a day that falls on a Saturday or Sunday is made up on a working day
  // (taken here as the first weekdays after the holiday; a day two holidays share is made up too).
  // The lunar dates, from the Hong Kong holiday tables derived from the Hong Kong Observatory's
  // conversion tables (www.calendardate.com/hk_year2027_holidays.php, …hk_year2028_holidays.php,
  // www.public-holidays.us/HK_KL_2027_All, www.holidays.rest/hong-kong-china-holidays-2028):
  //   2027: 正月初一 02-06 (Sat), 清明 04-05 (Mon), 端午 06-09 (Wed), 中秋 09-15 (Wed; HK's "day after" 09-16)
  //   2028: 正月初一 01-26 (Wed), 清明 04-04 (Tue), 端午 05-28 (Sun), 中秋 10-03 (Tue; HK's "day after" 10-04)
  const LUNAR: Record<number, { cny: string; qingming: string; duanwu: string; zhongqiu: string }> = {
    2027: { cny: '2027-02-06', qingming: '2027-04-05', duanwu: '2027-06-09', zhongqiu: '2027-09-15' },
    2028: { cny: '2028-01-26', qingming: '2028-04-04', duanwu: '2028-05-28', zhongqiu: '2028-10-03' },
  };
  // Weekdays off, worked out by hand from Arts. 2 and 6 and the dates above.
  const STATUTORY: Record<number, [string, string[]][]> = {
    2027: [
      ['元旦', ['2027-01-01']], // Friday
      // 除夕 02-05 Fri, 初一 02-06 Sat, 初二 02-07 Sun, 初三 02-08 Mon; Sat and Sun made up 02-09, 02-10
      ['春节', ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']],
      ['清明节', ['2027-04-05']],
      ['劳动节', ['2027-05-03', '2027-05-04']], // 05-01 Sat, 05-02 Sun: made up Mon, Tue
      ['端午节', ['2027-06-09']],
      ['中秋节', ['2027-09-15']],
      ['国庆节', ['2027-10-01', '2027-10-04', '2027-10-05']], // 10-01 Fri, 10-02 Sat, 10-03 Sun
    ],
    2028: [
      ['元旦', ['2028-01-03']], // 01-01 Sat: made up Mon 01-03
      ['春节', ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']], // Tue–Fri
      ['清明节', ['2028-04-04']],
      ['劳动节', ['2028-05-01', '2028-05-02']],
      ['端午节', ['2028-05-29']], // 05-28 Sun: made up Mon 05-29
      // 10-01 Sun, 10-02 Mon, 10-03 Tue, which is also 中秋 (named so, Art. 2 lists it first): 国庆's
      // Sunday and its day shared with 中秋 made up on 10-04 and 10-05
      ['国庆节', ['2028-10-02', '2028-10-04', '2028-10-05']],
      ['中秋节', ['2028-10-03']],
    ],
  };

  describe('after 2026: the statutory holidays of the 2024 放假办法', () => {
    it('the lunar library agrees with the tables above and with a second implementation (chinese-days)', () => {
      for (const [year, want] of Object.entries(LUNAR)) {
        const y = Number(year);
        const got = [...statutoryHolidays(y)];
        const dayOf = (name: string) => got.find(([, n]) => n === name)![0];
        assert.equal(addDays(dayOf('春节'), 1), want.cny, `${y} 正月初一`);
        assert.equal(dayOf('清明节'), want.qingming);
        assert.equal(getSolarDateFromLunar(`${y}-01-01`).date, want.cny);
        assert.equal(getSolarTermDate(y, 4, 'pure_brightness'), want.qingming);
        assert.equal(getSolarDateFromLunar(`${y}-05-05`).date, want.duanwu);
        assert.equal(getSolarDateFromLunar(`${y}-08-15`).date, want.zhongqiu);
      }
    });
    for (const [year, holidays] of Object.entries(STATUTORY)) {
      it(`${year}: every weekday off, and no other weekday`, () => {
        const cal = new Calendar();
        assert.deepEqual(cal.basisOf(Number(year)), { kind: 'statutory', year: Number(year) });
        const expected = new Map(holidays.flatMap(([name, ds]) => ds.map((d) => [d, name] as const)));
        for (const d of days(`${year}-01-01`, `${year}-12-31`)) {
          const info = cal.day(d);
          const w = new Date(`${d}T00:00:00Z`).getUTCDay();
          if (expected.has(d)) assert.deepEqual(info, { working: false, holiday: expected.get(d) }, d);
          else assert.equal(info.working, w !== 0 && w !== 6, d);
        }
      });
    }
    it('a notice delivered 2026-12-28 and a decision of 2027-01-05: 元旦 2027 is skipped, and the message says 调休 is unknown', () => {
      const c = addWorkingDays('2026-12-28', 5);
      // 12-29, 12-30, 12-31 (2026 notice), 01-01 off (元旦), 01-04, 01-05
      assert.equal(c.end, '2027-01-05');
      assert.deepEqual(c.holidays, ['2027-01-01']);
      assert.equal(monFri('2026-12-28', 5), '2027-01-04');
      const zh = describeCount(5, c, 'zh-cn');
      assert.match(zh, /不含元旦假期 2027-01-01/);
      assert.match(
        zh,
        /2027年尚无国务院办公厅放假通知，法定节假日按《全国年节及纪念日放假办法》第二条、第六条推算，调休上班日尚不可知/,
      );
      assert.doesNotMatch(zh, /计入/);
      assert.match(describeCount(5, c, 'en'), /no State Council notice for 2027.*not yet known/);
    });
  });

  describe('an agency’s notice as data (config `holidays`)', () => {
    // A notice for 2027 as an agency would enter it (made up for the test: the real one is not yet
    // published): 春节 02-05..02-11 off, Sunday 01-31 and Saturday 02-20 worked.
    const notice: HolidayNotice = {
      year: 2027,
      notice: '国办发明电〔2026〕99号',
      off: [
        { from: '2027-01-01', name: '元旦' },
        { from: '2027-02-05', to: '2027-02-11', name: '春节' },
      ],
      workdays: ['2027-01-31', '2027-02-20'],
    };
    const cal = calendarFor([notice]);
    it('replaces the statutory days of its year: 02-11 is off, 01-31 and 02-20 are worked', () => {
      assert.deepEqual(cal.basisOf(2027), {
        kind: 'configured',
        year: 2027,
        notice: '国办发明电〔2026〕99号',
      });
      assert.deepEqual(cal.day('2027-02-11'), { working: false, holiday: '春节' });
      assert.equal(new Calendar().isWorkingDay('2027-02-11'), true); // by Arts. 2, 6 alone, a Thursday worked
      assert.equal(cal.isWorkingDay('2027-01-31'), true);
      assert.equal(cal.isWorkingDay('2027-02-20'), true);
      assert.equal(cal.isWorkingDay('2027-04-05'), true); // the notice gives no 清明: only what it lists is off
      assert.deepEqual(new Calendar().basisOf(2028).kind, 'statutory'); // other years keep theirs
    });
    it('counts with it and names it', () => {
      const c = addWorkingDays('2027-02-03', 5, cal);
      // 02-04, (02-05..02-11 off), 02-12, 02-15, 02-16, 02-17
      assert.equal(c.end, '2027-02-17');
      // without it: 02-04, (除夕 02-05, 初三 02-08 and the make-up days 02-09, 02-10 off), 02-11, 02-12, 02-15, 02-16
      assert.equal(new Calendar().addWorkingDays('2027-02-03', 5)!.end, '2027-02-16');
      assert.match(describeCount(5, c, 'zh-cn'), /2027年节假日按 国办发明电〔2026〕99号（本机关配置）/);
    });
    it('is validated: real dates, in its year, spans that run forwards', () => {
      assert.deepEqual(validateConfigObject({ holidays: [notice] }), []);
      const bad = validateConfigObject({
        holidays: [
          {
            ...notice,
            off: [{ from: '2027-02-30' }, { from: '2028-02-05' }, { from: '2027-02-11', to: '2027-02-05' }],
          },
        ],
      });
      assert.deepEqual(
        bad.map((p) => p.path),
        ['/holidays/0/off/0/from', '/holidays/0/off/1/from', '/holidays/0/off/2/to'],
      );
      assert.ok(
        validateConfigObject({ holidays: [{ year: 2027, off: [] }] }).length > 0,
        'notice and off required',
      );
      assert.deepEqual(resolveConfig({ holidays: [notice] }).holidays, [notice]);
    });
  });

  describe('bounded: the end of the calendar and implausible dates', () => {
    it('counting from late 9999 gives up instead of looping', () => {
      assert.equal(new Calendar().addWorkingDays('9999-12-28', 5), undefined);
      assert.equal(new Calendar().addWorkingDays('9999-12-31', 7), undefined);
      assert.throws(() => addDays('9999-12-31', 1), RangeError);
      assert.throws(() => addYears('9999-06-01', 1), RangeError);
      assert.equal(new Calendar().addWorkingDays('not a date', 5), undefined);
    });
    it('a notice that takes every day off cannot make a count run on', () => {
      const all = calendarFor([
        {
          year: 2030,
          notice: 'x',
          off: Array.from({ length: 12 }, (_, m) => ({
            from: `2030-${String(m + 1).padStart(2, '0')}-01`,
            to: `2030-${String(m + 1).padStart(2, '0')}-28`,
          })),
        },
      ]);
      assert.ok(all.addWorkingDays('2029-12-31', 30)); // the 29th to 31st of each month still count
      const none = calendarFor([
        { year: 2031, notice: 'y', off: [{ from: '2031-01-01', to: '2031-01-31' }] },
      ]);
      assert.equal(none.addWorkingDays('2030-12-31', 1)!.end, '2031-02-03');
    });
    it('dates outside 1949-10-01 … 2099-12-31 are not case dates', () => {
      assert.equal(isPlausibleDate('9999-12-28'), false);
      assert.equal(isPlausibleDate('1900-01-01'), false);
      assert.equal(isPlausibleDate('2099-12-31'), true);
      assert.equal(isPlausibleDate('1949-10-01'), true);
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
        '五个工作日，不含中秋节、国庆节假期 2023-09-29—2023-10-06，调休上班日 2023-10-07、2023-10-08 计为工作日',
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

  it('reads YYYY-MM-DD by arithmetic as Date reads and prints it', () => {
    // What isoParts replaced: the text parsed as a Date and printed back.
    const byDate = (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return (
        /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
      );
    };
    const texts: string[] = [];
    for (const y of ['0000', '0001', '0004', '0100', '1900', '1949', '2000', '2023', '2024', '2100', '9999'])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++)
          texts.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    texts.push('2025-3-10', '2025-03-10 ', '２０２５-03-10', '+02025-03-10', '2025/03/10', '');
    let real = 0;
    for (const t of texts) {
      assert.equal(isIsoDate(t), byDate(t), t);
      if (!byDate(t)) continue;
      real++;
      // addDays by 0 reads the date and prints it again (not in year 0000, which isoOf refuses).
      if (!t.startsWith('0000')) assert.equal(addDays(t, 0), t);
    }
    assert.equal(real, 11 * 365 + 4); // 0000, 0004, 2000, 2024 are leap years; 0100, 1900, 2100 are not
  });
});
