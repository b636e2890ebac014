import Ajv, { type ValidateFunction } from 'ajv';
import configSchema from '../../../schemas/casedraft.config.schema.json';
import type { Locale, SeveritySetting } from './types';

/** `casedraft.config.json` as written by an agency. Every key is optional. */
export interface CaseDraftConfig {
  locale?: Locale;
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
  /** Working days after 告知送达 for statements and hearing requests (Art. 64: five). */
  statementPeriodWorkingDays?: number;
  firstViolationLookbackYears?: number;
  /** Fields (领域) where the limitation period is five years (Art. 36). */
  fiveYearLimitationFields?: string[];
  /** Standard clause texts by name (payment, surcharge, remedy, publication …). */
  templates?: Record<string, string>;
  /** Vertically led organs beyond those 行政复议法 (2023) Art. 27 names (name fragments). */
  verticalAuthorities?: string[];
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

// Compiled on first use: a run without a config file never pays for it.
let validateConfig: ValidateFunction | undefined;

export interface ConfigProblem {
  path: string;
  message: string;
}

export function validateConfigObject(raw: unknown): ConfigProblem[] {
  validateConfig ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema);
  if (validateConfig(raw)) return [];
  return (validateConfig.errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.message ?? 'invalid',
  }));
}

export function resolveConfig(raw: CaseDraftConfig = {}): ResolvedConfig {
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
    explicit,
  };
}
