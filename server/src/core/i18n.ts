import type { Locale, LocalizedText } from './types';

export type MessageArgs = Record<string, string | number>;

/** Accepts what editors and shells send (zh-CN, zh_CN.UTF-8, en-US …); anything not English is Chinese. */
export function normalizeLocale(input: string | undefined): Locale {
  if (!input) return 'zh-cn';
  return /^en\b|^en[-_]/i.test(input) ? 'en' : 'zh-cn';
}

export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export function format(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole,
  );
}

export function localize(text: LocalizedText, locale: Locale, args?: MessageArgs): string {
  return format(pick(text, locale), args);
}

/** Messages of the core itself (not of a rule): one table, both languages. */
export const coreMessages = {
  ruleCrashed: {
    zh: '规则 {rule} 运行出错，已跳过该规则（其他规则照常检查）：{error}。请将此草稿报告给 CaseDraft 维护者。',
    en: 'Rule {rule} crashed and was skipped (all other rules still ran): {error}. Please report this draft to the CaseDraft maintainers.',
  },
  lawBasis: { zh: '（依据：{law}）', en: ' (Basis: {law})' },
} satisfies Record<string, LocalizedText>;
