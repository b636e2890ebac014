/**
 * Where findings become words: the CLI's formatters and the LSP adapter call `translate` and
 * nothing else. A finding names its rule, its message id and the data that fills the message;
 * the rule's message table and metadata (the basis of the rule) give the words.
 */
import { coreMessages, localize } from './i18n';
import { onDate } from './renumbering';
import type { Rule } from './rule';
import type {
  CaseDiagnostic,
  Fix,
  Locale,
  LocalizedText,
  MessageData,
  TranslatedDiagnostic,
  TranslatedFix,
} from './types';

export const INTERNAL_RULE_ID = 'casedraft/internal-error';

/** The core's own findings (a rule that crashed) are translated from the core's table. */
const INTERNAL_MESSAGES: Readonly<Record<string, LocalizedText>> = { ruleCrashed: coreMessages.ruleCrashed };

export type Translate = (d: CaseDiagnostic, locale: Locale) => TranslatedDiagnostic;

/**
 * What every message ends with: what the rule rests on, said as what it is — 「依据」 for law,
 * a standard as a standard, an agency's rule as the agency's, CaseDraft's convention as ours —
 * its articles numbered as the law in force on the document's date numbers them.
 */
function basisOf(rule: Rule, locale: Locale, lawDate: string | undefined): string {
  const { kind, zh, en, inForceFrom, earlier } = rule.meta.basis;
  // A requirement of the earlier text has its own basis, already in that text's numbering.
  const basis =
    earlier && lawDate && inForceFrom && lawDate < inForceFrom ? earlier : onDate({ zh, en }, lawDate);
  return localize(coreMessages[`basis_${kind}`], locale, { basis });
}

/** A translator for findings of these rules. */
export function translator(rules: readonly Rule[]): Translate {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const text = (
    ruleId: string,
    messageId: string,
    data: MessageData | undefined,
    locale: Locale,
    lawDate: string | undefined,
  ) => {
    const table = byId.get(ruleId)?.messages ?? (ruleId === INTERNAL_RULE_ID ? INTERNAL_MESSAGES : {});
    const template = (table as Readonly<Record<string, LocalizedText>>)[messageId];
    if (!template) throw new Error(`no message ${messageId} in the table of ${ruleId}`);
    return localize(onDate(template, lawDate), locale, data);
  };
  const fix = (ruleId: string, f: Fix, locale: Locale, lawDate: string | undefined): TranslatedFix => ({
    ...f,
    title: text(ruleId, f.messageId, f.data, locale, lawDate),
  });
  return (d, locale) => {
    const rule = byId.get(d.rule);
    const out: TranslatedDiagnostic = {
      ...d,
      message:
        text(d.rule, d.messageId, d.data, locale, d.lawDate) + (rule ? basisOf(rule, locale, d.lawDate) : ''),
      fixes: d.fixes?.map((f) => fix(d.rule, f, locale, d.lawDate)),
      suggestions: d.suggestions?.map((f) => fix(d.rule, f, locale, d.lawDate)),
      related: d.related?.map((r) => ({
        ...r,
        message: text(d.rule, r.messageId, r.data, locale, d.lawDate),
      })),
    };
    if (!out.fixes) delete out.fixes;
    if (!out.suggestions) delete out.suggestions;
    if (!out.related) delete out.related;
    return out;
  };
}
