/**
 * The statutory clock. 行政处罚法 Art. 85: "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日";
 * every other period of the law is counted in calendar days. The first day of a period is not
 * counted (the period runs from the day after the triggering event), as for any statutory period.
 *
 * Holidays and adjusted working days (调休) come from chinese-days 1.5.7, which holds the State
 * Council's notices for 2004–2026. For a year it does not hold, the library silently answers
 * Monday–Friday; we detect such years ourselves so that messages can say the count is approximate.
 */
import { getDayDetail, getHolidaysInRange, isWorkday } from 'chinese-days';

export const CALENDAR_SOURCE = 'chinese-days 1.5.7';

/** Periods of the 行政处罚法 that are working days (Art. 85). */
export const WORKING_DAY_PERIODS: readonly number[] = [2, 3, 5, 7];

const covered = new Map<number, boolean>();

/**
 * True when the library has the State Council's holiday notice for `year`. Every year has at
 * least 元旦 and 春节 off, so a year with no holiday at all is one the library does not know.
 */
export function calendarCovers(year: number): boolean {
  let c = covered.get(year);
  if (c === undefined) {
    c = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, c);
  }
  return c;
}

/** Years the library holds, for messages ("2004–2026"). */
export function coveredRange(): { first: number; last: number } {
  let first = 2004;
  while (first > 1990 && calendarCovers(first - 1)) first--;
  let last = 2026;
  while (calendarCovers(last + 1)) last++;
  while (last > first && !calendarCovers(last)) last--;
  return { first, last };
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** Adds whole years; 02-29 falls back to 02-28 in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return isoOf(target);
}

export function weekday(iso: string): number {
  return toDate(iso).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

/** A working day: from the State Council notices where the library has the year, else Monday–Friday. */
export function isWorkingDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  if (!calendarCovers(year)) return !isWeekend(iso);
  return isWorkday(iso);
}

/** The holiday's Chinese name from the library's label, e.g. "National Day,国庆节,3" → 国庆节. */
function holidayName(iso: string): string | undefined {
  const name = getDayDetail(iso).name;
  const parts = name.split(',');
  return parts.length >= 2 ? parts[1] : undefined;
}

export interface WorkingDayCount {
  /** The last day of the period. */
  end: string;
  /** Weekdays skipped as statutory holidays, e.g. 2023-10-02. */
  holidays: string[];
  /** Names of those holidays (国庆节 …), in order, without repeats. */
  holidayNames: string[];
  /** Weekend days counted as working days (调休), e.g. 2023-10-07. */
  adjustedWorkdays: string[];
  /** Years the calendar does not hold: counted Monday–Friday. */
  uncoveredYears: number[];
}

/** The end of a period of `n` working days that starts the day after `start`. */
export function addWorkingDays(start: string, n: number): WorkingDayCount {
  const out: WorkingDayCount = {
    end: start,
    holidays: [],
    holidayNames: [],
    adjustedWorkdays: [],
    uncoveredYears: [],
  };
  let day = start;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    const year = Number(day.slice(0, 4));
    if (!calendarCovers(year)) {
      if (!out.uncoveredYears.includes(year)) out.uncoveredYears.push(year);
    }
    if (isWorkingDay(day)) {
      counted++;
      if (isWeekend(day)) out.adjustedWorkdays.push(day);
    } else if (!isWeekend(day)) {
      out.holidays.push(day);
      const name = holidayName(day);
      if (name && !out.holidayNames.includes(name)) out.holidayNames.push(name);
    }
  }
  out.end = day;
  return out;
}

/** Whether a period of `days` in the 行政处罚法 is counted in working days (Art. 85). */
export function isWorkingDayPeriod(days: number): boolean {
  return WORKING_DAY_PERIODS.includes(days);
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function cnNumber(n: number): string {
  if (n <= 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${CN_DIGITS[n - 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/**
 * How the count was made, for a message: "五个工作日，国庆节假期及调休上班日已计入" or, for a year the
 * calendar lacks, that Monday–Friday was counted.
 */
export function describeCount(n: number, c: WorkingDayCount, locale: 'zh-cn' | 'en'): string {
  const zh = locale !== 'en';
  const parts: string[] = [zh ? `${cnNumber(n)}个工作日` : `${n} working days`];
  if (c.holidayNames.length || c.adjustedWorkdays.length) {
    const names = c.holidayNames.join('、');
    if (zh) {
      const what = [
        names ? `${names}假期` : '',
        c.adjustedWorkdays.length ? `调休上班日 ${c.adjustedWorkdays.join('、')}` : '',
      ]
        .filter(Boolean)
        .join('及');
      parts.push(`${what}已计入`);
    } else {
      const what = [
        c.holidays.length
          ? `public holidays ${c.holidays[0]}…${c.holidays[c.holidays.length - 1]} skipped`
          : '',
        c.adjustedWorkdays.length ? `adjusted working days ${c.adjustedWorkdays.join(', ')} counted` : '',
      ].filter(Boolean);
      parts.push(what.join(', '));
    }
  }
  if (c.uncoveredYears.length) {
    const { first, last } = coveredRange();
    const ys = c.uncoveredYears.join('、');
    parts.push(
      zh
        ? `${ys}年的法定节假日不在节假日数据（${CALENDAR_SOURCE}，${first}—${last}年）范围内，已按周一至周五计算，请按国务院办公厅放假通知核对`
        : `the holiday data (${CALENDAR_SOURCE}, ${first}–${last}) does not cover ${c.uncoveredYears.join(', ')}: counted Monday to Friday; check against the State Council's holiday notice`,
    );
  }
  return parts.join(zh ? '，' : '; ');
}
