/**
 * The statutory clock. 行政处罚法 Art. 85: "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日";
 * every other period of the law is counted in calendar days. The first day of a period is not
 * counted (the period runs from the day after the triggering event), as for any statutory period.
 *
 * Which days are off, year by year, in this order:
 * 1. an agency's `holidays` entry in casedraft.config.json (the year's notice, entered as data, so a
 *    notice published while officers work needs no new release);
 * 2. the State Council's notices for 2004–2026, from chinese-days 1.5.7;
 * 3. for a later year, the statutory holidays of the 全国年节及纪念日放假办法 in force (2024 text,
 *    Arts. 2 and 6), with lunar-javascript for 春节, 端午 and 中秋 and the solar term for 清明: the
 *    adjusted working days (调休) only the year's notice sets are not known, and messages say so;
 * 4. otherwise Monday–Friday, and messages say that too.
 *
 * Every computation is bounded: dates outside 0001–9999 are refused, and a count gives up (returns
 * undefined) rather than loop past a year of days without finding its working days.
 */
import noticeTables from 'chinese-days/dist/chinese-days.json';
import type * as LunarCalendar from 'lunar-javascript';
import { lawInForce } from './laws';
import { own } from './own';
import type { Locale } from './types';

// chinese-days' tables as its build writes them (dist/chinese-days.json: each day off or made a
// working day by a notice, with its label "National Day,国庆节,3"), read as the library's
// isWorkday, getDayDetail and getHolidaysInRange read them: importing the library builds the same
// tables at its top level, ≈ 5 ms of every CLI start. test/core/calendar.test.ts compares the two
// on every day of the years the library covers.
const NOTICES = noticeTables as { holidays: Record<string, string>; workdays: Record<string, string> };

// Loaded when a year past chinese-days' tables is first counted: initialising lunar-javascript cost
// every CLI start ≈ 20 ms, and most runs never leave the years the tables cover.
let lunar: typeof LunarCalendar | undefined;
function lunarCalendar(): typeof LunarCalendar {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
  return (lunar ??= require('lunar-javascript') as typeof LunarCalendar);
}

export const CALENDAR_SOURCE = 'chinese-days 1.5.7';
/** The regulation whose Art. 2 lists the statutory holidays; the bundled version is the 2024 one. */
export const HOLIDAY_REGULATION = '全国年节及纪念日放假办法';
const STATUTORY_VERSION = 'quanguo-nianjie-fangjia-banfa-2024';
/** Lunar dates and solar terms are computed to this year (the Hong Kong Observatory's tables end in 2100). */
const LAST_LUNAR_YEAR = 2099;

/**
 * Dates a case can carry: from the founding of the People's Republic to the end of the century the
 * calendar computes. Others (9999-12-28, 1900-01-01) are typing errors, reported as such.
 */
export const PLAUSIBLE = { first: '1949-10-01', last: '2099-12-31' } as const;

export function isPlausibleDate(iso: string): boolean {
  return iso >= PLAUSIBLE.first && iso <= PLAUSIBLE.last;
}

/** Periods of the 行政处罚法 that are working days (Art. 85). */
export const WORKING_DAY_PERIODS: readonly number[] = [2, 3, 5, 7];

/** A year's notice as an agency enters it (`holidays` in casedraft.config.json). */
export interface HolidayNotice {
  year: number;
  /** The notice's number, e.g. 国办发明电〔2026〕12号. */
  notice: string;
  /** Days off: one day (`from`) or a span (`from` … `to`), with the holiday's name. */
  off: { from: string; to?: string; name?: string }[];
  /** Weekend days made working days (调休). */
  workdays?: string[];
}

/** Where a year's holidays come from. */
export type YearBasis =
  | { kind: 'configured'; year: number; notice: string }
  | { kind: 'notice'; year: number }
  | { kind: 'statutory'; year: number }
  | { kind: 'weekdays'; year: number };

export interface DayInfo {
  working: boolean;
  /** The holiday a weekday off belongs to (国庆节 …). */
  holiday?: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Year, month (1–12) and day of a date written YYYY-MM-DD that exists in the proleptic Gregorian
 * calendar Date counts in; undefined for any other text. Read by arithmetic: parsing the text as a
 * Date and printing it back (what this replaces) cost ≈ 2 µs, and a lint reads each draft's dates
 * dozens of times.
 */
export function isoParts(iso: string): { y: number; m: number; d: number } | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : undefined;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function toDate(iso: string): Date {
  const p = isoParts(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const date = new Date(0);
  date.setUTCFullYear(p.y, p.m - 1, p.d);
  return date;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a date; a RangeError outside years 0001–9999, which have no such form. */
export function isoOf(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 1 && y <= 9999)) throw new RangeError(`date out of range: year ${y}`);
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** Adds whole years; 02-29 falls back to 02-28 in a common year. */
export function addYears(iso: string, years: number): string {
  const d = toDate(iso);
  const m = d.getUTCMonth();
  const target = new Date(Date.UTC(2000, m, d.getUTCDate()));
  target.setUTCFullYear(d.getUTCFullYear() + years);
  if (target.getUTCMonth() !== m) target.setUTCDate(0);
  return isoOf(target);
}

/**
 * Adds whole months: the period ends on the same day of the month, or on the month's last day when
 * it has none (08-31 + 6 months = 02-28), as periods of months are counted.
 */
export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  const target = new Date(Date.UTC(2000, 0, 1));
  target.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const last = new Date(Date.UTC(2000, 0, 1));
  last.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d.getUTCDate(), last.getUTCDate()));
  return isoOf(target);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

export function weekday(iso: string): number {
  return toDate(iso).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/**
 * True when chinese-days has the State Council's notice for `year`. Every year has at least 元旦
 * and 春节 off, so a year with no holiday at all is one the library does not know (and for which
 * it silently answers Monday–Friday).
 */
let noticeYears: ReadonlySet<number> | undefined;
export function calendarCovers(year: number): boolean {
  noticeYears ??= new Set(Object.keys(NOTICES.holidays).map(yearOf));
  return noticeYears.has(year);
}

/** chinese-days' isWorkday: a day a notice makes a working day, or a weekday no notice gives off. */
function noticeWorkday(iso: string): boolean {
  return (
    own(NOTICES.workdays, iso) !== undefined || (!isWeekend(iso) && own(NOTICES.holidays, iso) === undefined)
  );
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

/**
 * The library's Chinese name of a holiday, from its label "National Day,国庆节,3", spelt as Art. 2
 * of the 放假办法 spells it (the library writes 清明, 端午, 中秋).
 */
function libraryHolidayName(iso: string): string | undefined {
  const name = own(NOTICES.holidays, iso)?.split(',')[1];
  return name && ['清明', '端午', '中秋'].includes(name) ? `${name}节` : name;
}

/**
 * The statutory holidays of a year under the 2024 放假办法: Art. 2 (the days) and Art. 6 (a day that
 * falls on a Saturday or Sunday is made up on a working day). A notice places the make-up day; we
 * take the first weekdays after the holiday, as the notices have done, and count a day two holidays
 * share (中秋 on 10-03 in 2028) as owed too, since each holiday is granted its own days.
 */
export function statutoryHolidays(year: number): Map<string, string> {
  const { Lunar, Solar } = lunarCalendar();
  const cny = Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明']!.toYmd();
  const span = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
  // Art. 2 (一)–(七), in the order of the year.
  const granted: [string, string[]][] = [
    ['元旦', [`${year}-01-01`]],
    ['春节', span(addDays(cny, -1), 4)], // 农历除夕、正月初一至初三
    ['清明节', [qingming]],
    ['劳动节', [`${year}-05-01`, `${year}-05-02`]],
    ['端午节', [Lunar.fromYmd(year, 5, 5).getSolar().toYmd()]],
    ['中秋节', [Lunar.fromYmd(year, 8, 15).getSolar().toYmd()]],
    ['国庆节', span(`${year}-10-01`, 3)],
  ];
  const off = new Map<string, string>();
  const owed: [string, string][] = []; // [name, last day of that holiday]
  for (const [name, days] of granted) {
    for (const d of days) {
      if (isWeekend(d) || off.has(d)) owed.push([name, days[days.length - 1]!]);
      if (!off.has(d)) off.set(d, name);
    }
  }
  for (const [name, last] of owed) {
    let d = addDays(last, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    off.set(d, name);
  }
  return off;
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
  /** Where the holidays of each year the period runs through come from. */
  bases: YearBasis[];
}

/** The working days of every year, from the agency's notices, the State Council's, or the law. */
export class Calendar {
  private readonly configured = new Map<number, HolidayNotice>();
  private readonly configuredOff = new Map<string, string>();
  private readonly configuredWork = new Set<string>();
  private readonly statutory = new Map<number, Map<string, string>>();

  constructor(notices: readonly HolidayNotice[] = []) {
    for (const n of notices) {
      this.configured.set(n.year, n);
      for (const o of n.off) {
        // A span is a few days of one notice; the bound keeps a mistyped `to` from running on.
        for (let d = o.from, i = 0; d <= (o.to ?? o.from) && i < 400; d = addDays(d, 1), i++)
          this.configuredOff.set(d, o.name ?? '节假日');
      }
      for (const w of n.workdays ?? []) this.configuredWork.add(w);
    }
  }

  basisOf(year: number): YearBasis {
    const n = this.configured.get(year);
    if (n) return { kind: 'configured', year, notice: n.notice };
    if (calendarCovers(year)) return { kind: 'notice', year };
    if (year <= LAST_LUNAR_YEAR && lawInForce(HOLIDAY_REGULATION, `${year}-01-01`)?.id === STATUTORY_VERSION)
      return { kind: 'statutory', year };
    return { kind: 'weekdays', year };
  }

  day(iso: string): DayInfo {
    const year = yearOf(iso);
    switch (this.basisOf(year).kind) {
      case 'configured': {
        if (this.configuredWork.has(iso)) return { working: true };
        const name = this.configuredOff.get(iso);
        if (name !== undefined) return { working: false, holiday: name };
        return { working: !isWeekend(iso) };
      }
      case 'notice': {
        if (noticeWorkday(iso)) return { working: true };
        return isWeekend(iso) ? { working: false } : { working: false, holiday: libraryHolidayName(iso) };
      }
      case 'statutory': {
        let table = this.statutory.get(year);
        if (!table) this.statutory.set(year, (table = statutoryHolidays(year)));
        const name = table.get(iso);
        if (name !== undefined) return { working: false, holiday: name };
        return { working: !isWeekend(iso) };
      }
      case 'weekdays':
        return { working: !isWeekend(iso) };
    }
  }

  isWorkingDay(iso: string): boolean {
    return this.day(iso).working;
  }

  /**
   * The end of a period of `n` working days that starts the day after `start`; undefined when it
   * cannot be counted (not a date, past the year 9999, or no working day in a year of days).
   */
  addWorkingDays(start: string, n: number): WorkingDayCount | undefined {
    // A calendar never changes once made, and a run's drafts count from the same few dates.
    const key = `${start}+${n}`;
    if (this.counted.has(key)) return this.counted.get(key);
    const count = this.countWorkingDays(start, n);
    if (this.counted.size >= 10_000) this.counted.clear();
    this.counted.set(key, count);
    return count;
  }
  private readonly counted = new Map<string, WorkingDayCount | undefined>();

  private countWorkingDays(start: string, n: number): WorkingDayCount | undefined {
    const out: WorkingDayCount = {
      end: start,
      holidays: [],
      holidayNames: [],
      adjustedWorkdays: [],
      bases: [],
    };
    try {
      let day = start;
      toDate(day);
      for (let counted = 0, steps = 0; counted < n; steps++) {
        if (steps > n * 7 + 400) return undefined;
        day = addDays(day, 1);
        const year = yearOf(day);
        if (!out.bases.some((b) => b.year === year)) out.bases.push(this.basisOf(year));
        const info = this.day(day);
        if (info.working) {
          counted++;
          if (isWeekend(day)) out.adjustedWorkdays.push(day);
        } else if (!isWeekend(day)) {
          out.holidays.push(day);
          if (info.holiday && !out.holidayNames.includes(info.holiday)) out.holidayNames.push(info.holiday);
        }
      }
      out.end = day;
    } catch (e) {
      if (e instanceof RangeError) return undefined;
      throw e;
    }
    return out;
  }
}

const calendars = new WeakMap<readonly HolidayNotice[], Calendar>();
const plain = new Calendar();

/** The calendar for a config's notices, built once per list. */
export function calendarFor(notices: readonly HolidayNotice[] | undefined): Calendar {
  if (!notices?.length) return plain;
  let c = calendars.get(notices);
  if (!c) calendars.set(notices, (c = new Calendar(notices)));
  return c;
}

/** A working day by the State Council's notices, the 放假办法 or Monday–Friday (no agency notices). */
export function isWorkingDay(iso: string): boolean {
  return plain.isWorkingDay(iso);
}

/** Counts with the built-in calendar; a RangeError where the period cannot be counted. */
export function addWorkingDays(start: string, n: number, calendar: Calendar = plain): WorkingDayCount {
  const c = calendar.addWorkingDays(start, n);
  if (!c) throw new RangeError(`cannot count ${n} working days from ${start}`);
  return c;
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

const range = (days: readonly string[], sep: string) =>
  days.length === 1 ? days[0]! : `${days[0]}${sep}${days[days.length - 1]}`;

/**
 * How the count was made, for a message: "五个工作日，不含国庆节假期 2024-10-01—2024-10-07，调休上班日
 * 2024-09-29 计为工作日", and for each year not counted from a State Council notice, where its
 * holidays came from.
 */
export function describeCount(n: number, c: WorkingDayCount, locale: Locale): string {
  const zh = locale !== 'en';
  const parts: string[] = [zh ? `${cnNumber(n)}个工作日` : `${n} working days`];
  if (c.holidays.length) {
    const names = c.holidayNames.join('、');
    parts.push(
      zh
        ? `不含${names ? `${names}假期` : '法定节假日'} ${range(c.holidays, '—')}`
        : `excluding the public holidays ${range(c.holidays, '–')}`,
    );
  }
  if (c.adjustedWorkdays.length)
    parts.push(
      zh
        ? `调休上班日 ${c.adjustedWorkdays.join('、')} 计为工作日`
        : `adjusted working days ${c.adjustedWorkdays.join(', ')} counted`,
    );
  for (const b of c.bases) {
    if (b.kind === 'notice') continue;
    if (b.kind === 'configured')
      parts.push(
        zh
          ? `${b.year}年节假日按 ${b.notice}（本机关配置）`
          : `${b.year} holidays per ${b.notice} (configured)`,
      );
    else if (b.kind === 'statutory')
      parts.push(
        zh
          ? `${b.year}年尚无国务院办公厅放假通知，法定节假日按《${HOLIDAY_REGULATION}》第二条、第六条推算，调休上班日尚不可知，请以当年放假通知为准`
          : `there is no State Council notice for ${b.year} yet: its public holidays follow the ${HOLIDAY_REGULATION}, Arts. 2 and 6; adjusted working days are not yet known, so check against the year's notice`,
      );
    else {
      const { first, last } = coveredRange();
      parts.push(
        zh
          ? `${b.year}年的法定节假日不在节假日数据（${CALENDAR_SOURCE}，${first}—${last}年）范围内，已按周一至周五计算，请按国务院办公厅放假通知核对`
          : `the holiday data (${CALENDAR_SOURCE}, ${first}–${last}) does not cover ${b.year}: counted Monday to Friday; check against the State Council's holiday notice`,
      );
    }
  }
  return parts.join(zh ? '，' : '; ');
}
