import { validator } from './validators';
import configSchema from '../../../schemas/casedraft.config.schema.json';
import { errorPath } from './dataErrors';
import zhangjiagang from '../../../data/presets/zhangjiagang.json';
import { addDays, type HolidayNotice } from './calendar';
import { isIsoDate } from './facts';
import type { Locale, SeveritySetting } from './types';

/** `casedraft.config.json` as written by an agency. Every key is optional. */
export interface CaseDraftConfig {
  locale?: Locale;
  /** A shipped preset of agency rules (data/presets/<name>.json); this config's own keys win. */
  preset?: string;
  rules?: Record<string, SeveritySetting>;
  /** Extra standard-term dictionaries (paths relative to the config file). */
  dictionaries?: string[];
  /** Extra compliance-catalog files (paths relative to the config file). */
  catalogs?: string[];
  reviewLevels?: string[];
  thresholds?: {
    /** 较大数额罚款: at or above it the party must be told of the right to a hearing (Art. 63). */
    hearing?: PartyAmounts;
    /** Fines at or above it need 法制审核 (Art. 58). */
    majorCase?: PartyAmounts;
  };
  /**
   * Working days after 告知送达 waited for the party's statement. The 行政处罚法 sets no such period
   * (Arts. 44, 45, 62 give the right); Art. 64 (一)'s five days are the hearing request's.
   */
  statementPeriodWorkingDays?: number;
  firstViolationLookbackYears?: number;
  /** Fields (领域) the agency lists as 涉及公民生命健康安全、金融安全: five years (Art. 36) where 危害后果: 有 too. */
  fiveYearLimitationFields?: string[];
  /** Standard clause texts by name (payment, surcharge, remedy, publication …). */
  templates?: Record<string, string>;
  /** Vertically led organs beyond those 行政复议法 (2023) Art. 27 names (name fragments). */
  verticalAuthorities?: string[];
  /** Holiday notices entered as data: each replaces the built-in calendar for its year. */
  holidays?: HolidayNotice[];
  /** Past decisions (globs relative to the config file) the party index reads (docs/import.md). */
  archive?: string[];
  /** Where the archive index is cached (relative to the config file); default the user cache folder. */
  archiveCache?: string;
}

export interface PartyAmounts {
  个人?: number;
  单位?: number;
}

/** Every value a rule may need, defaults filled in and each default marked so messages can say so. */
export interface ResolvedConfig {
  locale: Locale;
  rules: Record<string, SeveritySetting>;
  dictionaries: string[];
  catalogs: string[];
  reviewLevels: string[];
  thresholds: { hearing: Required<PartyAmounts>; majorCase: Required<PartyAmounts> };
  statementPeriodWorkingDays: number;
  firstViolationLookbackYears: number;
  fiveYearLimitationFields: string[];
  templates: Record<string, string>;
  verticalAuthorities: string[];
  holidays: HolidayNotice[];
  /** Keys the agency set itself; the others are CaseDraft's placeholders and messages say so. */
  explicit: ReadonlySet<string>;
}

/**
 * Defaults named in the rule catalog (../spec/rules.md, "Defaults"): provinces and departments set
 * their own figures; these are placeholders for a config, not law.
 */
export const DEFAULTS = {
  reviewLevels: ['承办员', '法制员', '中队负责人', '法制科室', '合议小组'],
  thresholds: { hearing: { 个人: 5000, 单位: 50000 }, majorCase: { 个人: 20000, 单位: 200000 } },
  statementPeriodWorkingDays: 5,
  firstViolationLookbackYears: 2,
  fiveYearLimitationFields: [] as string[],
};

export interface ConfigProblem {
  path: string;
  message: string;
}

export function validateConfigObject(raw: unknown): ConfigProblem[] {
  const validateConfig = validator('config');
  if (validateConfig(raw)) return holidayProblems((raw as CaseDraftConfig).holidays ?? []);
  return (validateConfig.errors ?? []).map((e) => ({
    path: errorPath(configSchema, raw, e),
    message: e.message ?? 'invalid',
  }));
}

/**
 * What the schema cannot say about a notice: its dates are real, a span runs forwards, and every day
 * lies in the notice's year (or the days of 元旦 next to it, 12-31 before or 01-01 … after), so a
 * typing error in a year cannot shift another year's holidays.
 */
function holidayProblems(notices: HolidayNotice[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const years = new Set<number>();
  notices.forEach((n, i) => {
    const at = `/holidays/${i}`;
    if (years.has(n.year)) out.push({ path: `${at}/year`, message: `a second notice for ${n.year}` });
    years.add(n.year);
    const first = `${n.year - 1}-12-01`;
    const last = `${n.year + 1}-01-31`;
    const check = (d: string | undefined, path: string) => {
      if (d === undefined) return true;
      if (!isIsoDate(d)) out.push({ path, message: `${d} is not a date` });
      else if (d < first || d > last) out.push({ path, message: `${d} is not in or next to ${n.year}` });
      else return true;
      return false;
    };
    n.off.forEach((o, j) => {
      const ok = check(o.from, `${at}/off/${j}/from`) && check(o.to, `${at}/off/${j}/to`);
      if (ok && o.to !== undefined && (o.to < o.from || o.to > addDays(o.from, 30)))
        out.push({
          path: `${at}/off/${j}/to`,
          message: `${o.to} is before ${o.from} or more than 30 days after it`,
        });
    });
    (n.workdays ?? []).forEach((w, j) => check(w, `${at}/workdays/${j}`));
  });
  return out;
}

export interface Preset {
  name: string;
  title: string;
  source: string;
  config: CaseDraftConfig;
}

/** The shipped presets; the config schema's `preset` enum is generated from the same files. */
export const PRESETS: ReadonlyMap<string, Preset> = new Map([zhangjiagang as Preset].map((p) => [p.name, p]));

/** The agency's config over its preset's: key by key, rule severities one by one. */
function withPreset(raw: CaseDraftConfig): CaseDraftConfig {
  const preset = raw.preset !== undefined ? PRESETS.get(raw.preset) : undefined;
  if (!preset) return raw;
  const base = preset.config;
  return { ...base, ...raw, rules: { ...(base.rules ?? {}), ...(raw.rules ?? {}) } };
}

export function resolveConfig(input: CaseDraftConfig = {}): ResolvedConfig {
  const raw = withPreset(input);
  const explicit = new Set<string>(Object.keys(raw));
  for (const k of Object.keys(raw.thresholds ?? {})) explicit.add(`thresholds.${k}`);
  return {
    locale: raw.locale ?? 'zh-cn',
    rules: { ...(raw.rules ?? {}) },
    dictionaries: raw.dictionaries ?? [],
    catalogs: raw.catalogs ?? [],
    reviewLevels: raw.reviewLevels ?? DEFAULTS.reviewLevels,
    thresholds: {
      hearing: { ...DEFAULTS.thresholds.hearing, ...(raw.thresholds?.hearing ?? {}) },
      majorCase: { ...DEFAULTS.thresholds.majorCase, ...(raw.thresholds?.majorCase ?? {}) },
    },
    statementPeriodWorkingDays: raw.statementPeriodWorkingDays ?? DEFAULTS.statementPeriodWorkingDays,
    firstViolationLookbackYears: raw.firstViolationLookbackYears ?? DEFAULTS.firstViolationLookbackYears,
    fiveYearLimitationFields: raw.fiveYearLimitationFields ?? DEFAULTS.fiveYearLimitationFields,
    templates: { ...(raw.templates ?? {}) },
    verticalAuthorities: raw.verticalAuthorities ?? [],
    holidays: raw.holidays ?? [],
    explicit,
  };
}

/** The file's config overlaid with the editor's settings; rule severities merge key by key. */
export function overlayConfig(file: CaseDraftConfig, settings: CaseDraftConfig): CaseDraftConfig {
  // Dictionaries of the settings are files relative to the workspace folder: the host loads them.
  const { locale: settingLocale, ...rest } = settings;
  const merged: CaseDraftConfig = { ...file, ...rest, dictionaries: file.dictionaries };
  if (file.rules || settings.rules) merged.rules = { ...(file.rules ?? {}), ...(settings.rules ?? {}) };
  if (file.thresholds || settings.thresholds) {
    merged.thresholds = {
      hearing: { ...(file.thresholds?.hearing ?? {}), ...(settings.thresholds?.hearing ?? {}) },
      majorCase: { ...(file.thresholds?.majorCase ?? {}), ...(settings.thresholds?.majorCase ?? {}) },
    };
  }
  // Chinese unless someone chose English: the officer's setting, else the agency's config file.
  // Not the editor's display language: VS Code is English wherever no language pack is installed,
  // which says nothing about the language the officer reads their findings in.
  const locale = settingLocale ?? file.locale;
  if (locale) merged.locale = locale;
  return merged;
}
