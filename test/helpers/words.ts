import { translator } from '../../server/src/core/translate';
import type { CaseDiagnostic, Locale, TranslatedDiagnostic } from '../../server/src/core/types';
import { allRules } from '../../server/src/rules';

const translate = translator(allRules);

/** A finding of the built-in rules in words, as the CLI and the editor show it. */
export function worded(d: CaseDiagnostic, locale: Locale = 'zh-cn'): TranslatedDiagnostic {
  return translate(d, locale);
}

/** Just the message of a finding. */
export function messageOf(d: CaseDiagnostic, locale: Locale = 'zh-cn'): string {
  return translate(d, locale).message;
}
