/**
 * Every statutory period of a draft, computed once: what it is, the article it rests on (in the
 * version of the law in force when the period began), the day it runs from and the day it ends,
 * how it is counted (calendar or working days, and which holidays a working-day count skipped),
 * and whether the step it governs keeps it. The procedure rules, the hover and the timeline read
 * these instead of counting for themselves.
 *
 * A period starts the day after its event; its end is the last day of it. A period whose law was
 * not yet the bundled version on the day it began (the 2017 行政处罚法 before 2021-07-15) is not
 * computed: `unknown` says which and why, so nobody applies the 2021 figures to it.
 */
import {
  addDays,
  addMonths,
  addYears,
  calendarFor,
  cnNumber,
  describeCount,
  type WorkingDayCount,
} from './calendar';
import type { ResolvedConfig } from './config';
import { localize } from './i18n';
import { lawOnDate, type Law } from './laws';
import { isDecision, type CaseModel } from './model';
import { isPenaltyDecision, isSimpleProcedure } from './procedure';
import type { Locale, LocalizedText } from './types';

export type DeadlineId =
  | 'limitation'
  | 'hearingRequest'
  | 'statement'
  | 'decision'
  | 'delivery'
  | 'payment'
  | 'reconsideration'
  | 'litigation';

export type Counting =
  | { kind: 'workingDays'; days: number; count: WorkingDayCount }
  | { kind: 'calendarDays'; days: number }
  | { kind: 'months'; months: number }
  | { kind: 'years'; years: number };

export type DeadlineStatus =
  /** The step it governs keeps it. */
  | 'met'
  /** The step it governs breaks it. */
  | 'missed'
  /** The step has no date yet, or the period governs no step of the draft. */
  | 'open'
  /** The party waived it (放弃), or acted within it (a statement or hearing request made). */
  | 'moot';

export interface Deadline {
  id: DeadlineId;
  label: LocalizedText;
  /** The article(s) it rests on, with the law's name: 《中华人民共和国行政处罚法》第六十四条第一项、第八十五条. */
  basis: LocalizedText;
  /** The bundled version read for it. */
  law: Law;
  /** The 程序 step it runs from, and that step's date. */
  from: string;
  start: string;
  /** The last day of the period. */
  end: string;
  counting: Counting;
  /**
   * The step the period governs: it must fall on or before `end` (`by`), or after it (`after`: a
   * decision waits for the party's periods to run).
   */
  governs?: { step: string; relation: 'by' | 'after'; date?: string };
  status: DeadlineStatus;
  /** The config key that sets the period's length, where the figure is the agency's (or CaseDraft's default), not the law's. */
  setting?: string;
  /**
   * For the party's periods after delivery: 行政复议法 Art. 88 and 行政诉讼法 Art. 101 count them
   * under the 民事诉讼法, whose rules on a last day that is a holiday are not applied here.
   */
  civilProcedure?: boolean;
}

/** A period of the draft that could not be computed, and why. */
export interface UnknownDeadline {
  id: DeadlineId;
  from: string;
  start: string;
  /** The law whose version in force that day is not bundled, and when the bundled one took effect. */
  law: string;
  bundledFrom?: string;
}

export interface Deadlines {
  all: readonly Deadline[];
  unknown: readonly UnknownDeadline[];
  get(id: DeadlineId): Deadline | undefined;
}

const CHUFA = '中华人民共和国行政处罚法';
const FUYI = '中华人民共和国行政复议法';
const SUSONG = '中华人民共和国行政诉讼法';

/** Art. 64 (一): a hearing is requested within five days of the notice; Art. 85: working days. */
export const HEARING_REQUEST_DAYS = 5;
/** Art. 60: a decision within ninety days of 立案, calendar days. */
export const DECISION_DAYS = 90;
/** Art. 61: delivered within seven days when the party is absent; Art. 85: working days. */
export const DELIVERY_DAYS = 7;
/** Art. 67 para 3: the fine is paid within fifteen days of receiving the decision. */
export const PAYMENT_DAYS = 15;
/** 行政复议法 (2023) Art. 20 para 1 / (2017) Art. 9 para 1: sixty days to apply. */
export const RECONSIDERATION_DAYS = 60;
/** 行政诉讼法 Art. 46 para 1: six months to sue. */
export const LITIGATION_MONTHS = 6;
/** Art. 36: two years, five for what 涉及公民生命健康安全、金融安全且有危害后果. */
export const LIMITATION_YEARS = { ordinary: 2, extended: 5 } as const;

const LABELS: Record<DeadlineId, LocalizedText> = {
  limitation: { zh: '追责期限', en: 'Limitation period' },
  hearingRequest: { zh: '听证申请期限', en: 'Hearing-request period' },
  statement: { zh: '陈述申辩期限', en: 'Statement period' },
  decision: { zh: '作出决定期限', en: 'Decision period' },
  delivery: { zh: '送达期限', en: 'Delivery period' },
  payment: { zh: '缴纳罚款期限', en: 'Payment period' },
  reconsideration: { zh: '申请行政复议期限', en: 'Reconsideration period' },
  litigation: { zh: '提起行政诉讼期限', en: 'Litigation period' },
};

/** Which of the two limitation periods of Art. 36 applies, and on what. */
export interface LimitationTerms {
  years: 2 | 5;
  /**
   * `extended`: the field is one the agency lists as 涉及生命健康安全、金融安全 (fiveYearLimitationFields)
   * and the draft says 危害后果: 有; `ordinary`: either is not so; `undetermined`: the field is
   * listed but the draft does not say whether there was 危害后果 (counted as two years).
   */
  ground: 'ordinary' | 'extended' | 'undetermined';
}

export function limitationTerms(model: CaseModel, config: ResolvedConfig): LimitationTerms {
  const field = model.facts.领域;
  const listed = field !== undefined && config.fiveYearLimitationFields.includes(field);
  if (!listed) return { years: 2, ground: 'ordinary' };
  const harm = model.facts.危害后果;
  if (harm === '有') return { years: 5, ground: 'extended' };
  return { years: 2, ground: harm === '无' ? 'ordinary' : 'undetermined' };
}

// A model never changes once parsed; rules of one run share one config.
const cache = new WeakMap<CaseModel, { config: ResolvedConfig; value: Deadlines }>();

/** The draft's statutory periods, computed on first use and kept with the model. */
export function deadlinesOf(model: CaseModel, config: ResolvedConfig): Deadlines {
  const hit = cache.get(model);
  if (hit && hit.config === config) return hit.value;
  const value = compute(model, config);
  cache.set(model, { config, value });
  return value;
}

function compute(model: CaseModel, config: ResolvedConfig): Deadlines {
  const all: Deadline[] = [];
  const unknown: UnknownDeadline[] = [];
  const proc = model.facts.程序 ?? {};
  const calendar = calendarFor(config.holidays);
  const simple = isSimpleProcedure(model);
  const decision = isDecision(model);

  /** The version of `lawName` in force on `start`, or a note that it is not bundled. */
  const lawFor = (id: DeadlineId, from: string, start: string, lawName: string): Law | undefined => {
    const v = lawOnDate(lawName, start);
    if (v.status === 'in-force') return v.law;
    unknown.push({
      id,
      from,
      start,
      law: lawName,
      bundledFrom: v.status === 'not-bundled' ? undefined : v.next.inForce,
    });
    return undefined;
  };

  const add = (
    d: Omit<Deadline, 'label' | 'status' | 'end'> & { end: string | undefined },
    status?: DeadlineStatus,
  ) => {
    if (d.end === undefined) return;
    const g = d.governs;
    const s: DeadlineStatus =
      status ??
      (!g?.date
        ? 'open'
        : g.relation === 'by'
          ? g.date <= d.end
            ? 'met'
            : 'missed'
          : g.date > d.end
            ? 'met'
            : 'missed');
    // Completed in place (each call passes a new literal): a spread of these literals of many
    // shapes took the slow path, a tenth of a draft's lint for this rule alone.
    const done = d as Deadline;
    done.label = LABELS[d.id];
    done.status = s;
    all.push(done);
  };

  const working = (start: string, days: number) => {
    const count = calendar.addWorkingDays(start, days);
    return count ? { end: count.end, counting: { kind: 'workingDays' as const, days, count } } : undefined;
  };

  // Art. 36: from the day of the act, or the day a continuing act ended, to its discovery.
  const acted = proc.违法行为终了 ?? proc.违法行为发生;
  if (acted) {
    const from = proc.违法行为终了 ? '违法行为终了' : '违法行为发生';
    const law = lawFor('limitation', from, acted, CHUFA);
    if (law) {
      const { years } = limitationTerms(model, config);
      // Discovery is at the latest the day the case was filed; without 程序.发现 the filing stands in.
      const discovered = proc.发现 ? { step: '发现', date: proc.发现 } : { step: '立案', date: proc.立案 };
      add({
        id: 'limitation',
        basis: { zh: `《${CHUFA}》第三十六条`, en: 'Administrative Penalty Law, Art. 36' },
        law,
        from,
        start: acted,
        end: safe(() => addYears(acted, years)),
        counting: { kind: 'years', years },
        governs: { step: discovered.step, relation: 'by', date: discovered.date },
        setting: years === 5 ? 'fiveYearLimitationFields' : undefined,
      });
    }
  }

  // The party's periods after the notice (a 当场 decision has no notice period to wait for, Art. 52).
  if (proc.告知送达 && !simple) {
    const start = proc.告知送达;
    const law = lawFor('hearingRequest', '告知送达', start, CHUFA);
    const moot = (v: string | undefined) => (waivedOrUsed(v) ? 'moot' : undefined);
    if (law && proc.听证告知 === '是' && !proc.听证) {
      const w = working(start, HEARING_REQUEST_DAYS);
      add(
        {
          id: 'hearingRequest',
          basis: {
            zh: `《${CHUFA}》第六十四条第一项、第八十五条`,
            en: 'Administrative Penalty Law, Art. 64(i), Art. 85',
          },
          law,
          from: '告知送达',
          start,
          end: w?.end,
          counting: w?.counting ?? { kind: 'calendarDays', days: 0 },
          governs: { step: '决定', relation: 'after', date: proc.决定 },
        },
        moot(proc.听证申请),
      );
    }
    if (law && !proc.听证) {
      const days = config.statementPeriodWorkingDays;
      const w = working(start, days);
      add(
        {
          id: 'statement',
          // The law gives the right (Arts. 44, 45, 62), not the period: the figure is the agency's.
          basis: {
            zh: `《${CHUFA}》第四十四条、第四十五条、第六十二条（期限为本机关规定）`,
            en: "Administrative Penalty Law, Arts. 44, 45, 62 (the period is the agency's)",
          },
          law,
          from: '告知送达',
          start,
          end: w?.end,
          counting: w?.counting ?? { kind: 'calendarDays', days: 0 },
          governs: { step: '决定', relation: 'after', date: proc.决定 },
          setting: 'statementPeriodWorkingDays',
        },
        moot(proc.陈述申辩),
      );
    }
  }

  if (proc.立案 && decision && !simple) {
    const law = lawFor('decision', '立案', proc.立案, CHUFA);
    if (law)
      add(
        {
          id: 'decision',
          basis: { zh: `《${CHUFA}》第六十条`, en: 'Administrative Penalty Law, Art. 60' },
          law,
          from: '立案',
          start: proc.立案,
          end: safe(() => addDays(proc.立案!, DECISION_DAYS)),
          counting: { kind: 'calendarDays', days: DECISION_DAYS },
          governs: { step: '决定', relation: 'by', date: proc.决定 },
        },
        // An approved extension (延期批准) sets another limit, which the draft does not give.
        proc.延期批准 ? 'moot' : undefined,
      );
  }

  // A 当场 decision is handed over on the spot (Art. 52): no delivery period runs.
  if (proc.决定 && decision && !simple) {
    const law = lawFor('delivery', '决定', proc.决定, CHUFA);
    const w = law ? working(proc.决定, DELIVERY_DAYS) : undefined;
    if (law && w)
      add({
        id: 'delivery',
        basis: {
          zh: `《${CHUFA}》第六十一条第一款、第八十五条`,
          en: 'Administrative Penalty Law, Art. 61 para 1, Art. 85',
        },
        law,
        from: '决定',
        start: proc.决定,
        end: w.end,
        counting: w.counting,
        governs: { step: '送达', relation: 'by', date: proc.送达 },
      });
  }

  // The party's periods run from receipt of the decision.
  const received = proc.送达 ?? (simple ? proc.决定 : undefined);
  const receivedStep = proc.送达 ? '送达' : '决定';
  if (received && decision) {
    const pen = model.facts.处罚;
    if (isPenaltyDecision(model) && (pen?.罚款 || pen?.种类?.includes('罚款'))) {
      const law = lawFor('payment', receivedStep, received, CHUFA);
      if (law)
        add({
          id: 'payment',
          basis: { zh: `《${CHUFA}》第六十七条第三款`, en: 'Administrative Penalty Law, Art. 67 para 3' },
          law,
          from: receivedStep,
          start: received,
          end: safe(() => addDays(received, PAYMENT_DAYS)),
          counting: { kind: 'calendarDays', days: PAYMENT_DAYS },
        });
    }
    const fuyi = lawFor('reconsideration', receivedStep, received, FUYI);
    if (fuyi) {
      const article = fuyi.id === 'xingzheng-fuyi-fa-2023' ? '第二十条第一款' : '第九条第一款';
      add({
        id: 'reconsideration',
        basis: {
          zh: `《${FUYI}》${fuyi.superseded ? `（${fuyi.version?.slice(0, 4)}年）` : ''}${article}`,
          en: `Administrative Reconsideration Law${fuyi.superseded ? ` (${fuyi.version?.slice(0, 4)})` : ''}, Art. ${article === '第二十条第一款' ? 20 : 9} para 1`,
        },
        law: fuyi,
        from: receivedStep,
        start: received,
        end: safe(() => addDays(received, RECONSIDERATION_DAYS)),
        counting: { kind: 'calendarDays', days: RECONSIDERATION_DAYS },
        civilProcedure: true,
      });
    }
    // From 2024-01-01 a 当场 decision goes to reconsideration first (行政复议法 2023 Art. 23 (一)):
    // no period to sue runs from it.
    const reconsiderationFirst = simple && fuyi?.id === 'xingzheng-fuyi-fa-2023';
    const susong = reconsiderationFirst ? undefined : lawFor('litigation', receivedStep, received, SUSONG);
    if (susong)
      add({
        id: 'litigation',
        basis: { zh: `《${SUSONG}》第四十六条第一款`, en: 'Administrative Litigation Law, Art. 46 para 1' },
        law: susong,
        from: receivedStep,
        start: received,
        end: safe(() => addMonths(received, LITIGATION_MONTHS)),
        counting: { kind: 'months', months: LITIGATION_MONTHS },
        civilProcedure: true,
      });
  }

  return { all, unknown, get: (id) => all.find((d) => d.id === id) };
}

/** A right the party waived (放弃) or used (a date) no longer holds the decision back. */
export const waivedOrUsed = (v: string | undefined): boolean =>
  v !== undefined && v !== '未提出' && v !== '未申请';

/** A date past the calendar's end has no period: it is left out rather than thrown. */
export function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

const COUNTING = {
  calendarDays: { zh: '{n}日（自然日）', en: '{n} calendar days' },
  months: { zh: '{n}个月', en: '{n} months' },
  years: { zh: '{n}年', en: '{n} years' },
  civil: {
    zh: '届满日遇法定节假日的顺延，依民事诉讼法计算',
    en: 'a last day that is a public holiday moves on, under the Civil Procedure Law',
  },
} satisfies Record<string, LocalizedText>;

/** How a period was counted, for a message or a hover: "五个工作日，不含清明节假期 2025-04-04". */
export function describeCounting(d: Deadline, locale: Locale): string {
  const zh = locale !== 'en';
  const c = d.counting;
  const n = (v: number) => (zh ? cnNumber(v) : v);
  const how =
    c.kind === 'workingDays'
      ? describeCount(c.days, c.count, locale)
      : c.kind === 'calendarDays'
        ? localize(COUNTING.calendarDays, locale, { n: n(c.days) })
        : c.kind === 'months'
          ? localize(COUNTING.months, locale, { n: n(c.months) })
          : localize(COUNTING.years, locale, { n: n(c.years) });
  return d.civilProcedure ? `${how}${zh ? '，' : '; '}${localize(COUNTING.civil, locale)}` : how;
}
