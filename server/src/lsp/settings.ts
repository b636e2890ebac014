import type { CaseDraftConfig } from '../core/config';
import { normalizeLocale } from '../core/i18n';
import type { Locale, SeveritySetting } from '../core/types';

/**
 * The `casedraft.*` settings of the editor. Every key mirrors a key of casedraft.config.json
 * (the editor's value wins over the file's), plus `locale: auto` = the editor's own language.
 */
export interface ClientSettings {
  /** Absent = the editor's language (the setting's 'auto'). */
  locale?: Locale;
  rules?: Record<string, SeveritySetting>;
  dictionaries?: string[];
  catalogs?: string[];
  reviewLevels?: string[];
  thresholds?: CaseDraftConfig['thresholds'];
  statementPeriodWorkingDays?: number;
  firstViolationLookbackYears?: number;
  fiveYearLimitationFields?: string[];
  templates?: Record<string, string>;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0 ? (v as string[]) : undefined;
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;

/**
 * Reads what the client sent, keeping only well-typed values: a typo in settings.json must not
 * take the server down or silently change a threshold to NaN.
 */
export function readClientSettings(raw: unknown): ClientSettings {
  if (!isObj(raw)) return {};
  const out: ClientSettings = {};
  if (typeof raw.locale === 'string' && raw.locale !== 'auto' && raw.locale !== '')
    out.locale = normalizeLocale(raw.locale);
  if (isObj(raw.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [k, v] of Object.entries(raw.rules))
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
    if (Object.keys(rules).length) out.rules = rules;
  }
  out.dictionaries = strings(raw.dictionaries);
  out.catalogs = strings(raw.catalogs);
  out.reviewLevels = strings(raw.reviewLevels);
  out.fiveYearLimitationFields = strings(raw.fiveYearLimitationFields);
  out.statementPeriodWorkingDays = count(raw.statementPeriodWorkingDays);
  out.firstViolationLookbackYears = count(raw.firstViolationLookbackYears);
  if (isObj(raw.thresholds)) {
    const t: NonNullable<CaseDraftConfig['thresholds']> = {};
    for (const key of ['hearing', 'majorCase'] as const) {
      const v = raw.thresholds[key];
      if (!isObj(v)) continue;
      const person = count(v['个人']);
      const org = count(v['单位']);
      if (person !== undefined || org !== undefined)
        t[key] = {
          ...(person !== undefined ? { 个人: person } : {}),
          ...(org !== undefined ? { 单位: org } : {}),
        };
    }
    if (Object.keys(t).length) out.thresholds = t;
  }
  if (isObj(raw.templates)) {
    const t = Object.fromEntries(
      Object.entries(raw.templates).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    if (Object.keys(t).length) out.templates = t;
  }
  for (const k of Object.keys(out) as (keyof ClientSettings)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** The file's config overlaid with the editor's settings; rule severities merge key by key. */
export function mergeConfig(
  file: CaseDraftConfig,
  settings: ClientSettings,
  clientLocale: Locale | undefined,
): CaseDraftConfig {
  // Dictionaries of the settings are files relative to the workspace folder: the server loads them.
  const { locale: settingLocale, ...rest } = settings;
  const merged: CaseDraftConfig = { ...file, ...rest, dictionaries: file.dictionaries };
  if (file.rules || settings.rules) merged.rules = { ...(file.rules ?? {}), ...(settings.rules ?? {}) };
  if (file.thresholds || settings.thresholds) {
    merged.thresholds = {
      hearing: { ...(file.thresholds?.hearing ?? {}), ...(settings.thresholds?.hearing ?? {}) },
      majorCase: { ...(file.thresholds?.majorCase ?? {}), ...(settings.thresholds?.majorCase ?? {}) },
    };
  }
  // The person reading the message decides its language: an explicit setting, else the editor's.
  const locale = settingLocale ?? clientLocale ?? file.locale;
  if (locale) merged.locale = locale;
  return merged;
}
