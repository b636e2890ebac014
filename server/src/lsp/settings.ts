import { validateConfigObject, type CaseDraftConfig } from '../core/config';
import { normalizeLocale } from '../core/i18n';

/**
 * The `casedraft.*` settings of the editor. Every key mirrors a key of casedraft.config.json
 * (the editor's value wins over the file's), plus `locale: auto` = the editor's own language.
 */
export type ClientSettings = CaseDraftConfig;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** VS Code sends every contributed setting, unset ones as their defaults: null, [] or {}. */
const isUnset = (v: unknown) =>
  v === null ||
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (isObj(v) && Object.keys(v).length === 0);

/**
 * Reads what the client sent, keeping each value that casedraft.config.json's schema accepts for
 * its key: a typo in settings.json must not take the server down or turn a threshold into NaN,
 * and a key added to the config schema works from the editor without a change here.
 */
export function readClientSettings(raw: unknown): ClientSettings {
  if (!isObj(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'locale') {
      if (typeof value === 'string' && value !== 'auto' && value !== '') out.locale = normalizeLocale(value);
      continue;
    }
    if (key === '$schema' || isUnset(value)) continue;
    if (key === 'rules' && isObj(value)) {
      // One bad severity must not drop the others: keep the entries that are valid one by one.
      const rules = Object.fromEntries(
        Object.entries(value).filter(
          ([id, sev]) => validateConfigObject({ rules: { [id]: sev } }).length === 0,
        ),
      );
      if (Object.keys(rules).length) out.rules = rules;
      continue;
    }
    if (validateConfigObject({ [key]: value }).length === 0) out[key] = value;
  }
  return out as ClientSettings;
}
