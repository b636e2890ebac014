import type { ListJoin, Locale, LocalizedText, MessageData, MessageValue } from './types';

/** Accepts what editors and shells send (zh-CN, zh_CN.UTF-8, en-US …); anything not English is Chinese. */
export function normalizeLocale(input: string | undefined): Locale {
  if (!input) return 'zh-cn';
  return /^en\b|^en[-_]/i.test(input) ? 'en' : 'zh-cn';
}

export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

const JOINERS: Record<ListJoin, LocalizedText> = {
  enum: { zh: '、', en: ', ' },
  and: { zh: '和', en: ' and ' },
  or: { zh: '或', en: ' or ' },
  semicolon: { zh: '；', en: '; ' },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** One value of a finding's data in the reader's language (see MessageValue). */
export function renderValue(value: MessageValue, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('list' in value)
    return value.list.map((v) => renderValue(v, locale)).join(pick(JOINERS[value.join], locale));
  if ('text' in value) return localize(value.text, locale, value.data);
  return pick(value, locale);
}

/** Whether a rule's data value has one of the shapes of MessageValue (the engine checks every report). */
export function isMessageValue(value: unknown): value is MessageValue {
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (!isObject(value)) return false;
  if ('list' in value)
    return (
      Array.isArray(value.list) &&
      typeof value.join === 'string' &&
      Object.prototype.hasOwnProperty.call(JOINERS, value.join) &&
      value.list.every(isMessageValue)
    );
  if ('text' in value)
    return isLocalized(value.text) && (value.data === undefined || isMessageData(value.data));
  return isLocalized(value);
}

export function isMessageData(data: unknown): data is MessageData {
  return isObject(data) && Object.values(data).every(isMessageValue);
}

const isLocalized = (v: unknown): v is LocalizedText =>
  isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string';

function format(template: string, data: MessageData = {}, locale: Locale = 'zh-cn'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? renderValue(data[name]!, locale) : whole,
  );
}

export function localize(text: LocalizedText, locale: Locale, data?: MessageData): string {
  return format(pick(text, locale), data, locale);
}

/** A text in both languages from a function that words it for one: for data values. */
export function inBoth(word: (locale: Locale) => string): LocalizedText {
  return { zh: word('zh-cn'), en: word('en') };
}

/** A term quoted as each language quotes it: 「…」 in Chinese, "…" in English. */
export function quoted(term: string): LocalizedText {
  return { zh: `「${term}」`, en: `"${term}"` };
}

/** Messages of the core itself (not of a rule): one table, both languages. */
export const coreMessages = {
  ruleCrashed: {
    zh: '规则 {rule} 运行出错，已跳过该规则（其他规则照常检查）：{error}。请将此草稿报告给 CaseDraft 维护者。',
    en: 'Rule {rule} crashed and was skipped (all other rules still ran): {error}. Please report this draft to the CaseDraft maintainers.',
  },
  // 「依据」 is reserved for law: a standard, an agency's rule and a convention are named as what they are.
  basis_law: { zh: '（依据：{basis}）', en: ' (Basis: {basis})' },
  basis_standard: { zh: '（参照标准：{basis}）', en: ' (Standard: {basis})' },
  basis_agency: { zh: '（本机关规定：{basis}）', en: ' (Agency rule: {basis})' },
  basis_house: { zh: '（CaseDraft 写法约定：{basis}）', en: ' (CaseDraft convention: {basis})' },
} satisfies Record<string, LocalizedText>;
