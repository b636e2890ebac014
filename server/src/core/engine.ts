import { Catalog } from './catalog';
import { resolveConfig, type ResolvedConfig } from './config';
import { Suppressions } from './disable';
import { coreMessages, localize } from './i18n';
import type { CaseModel } from './model';
import type { FixSpec, RelatedSpec, Report, Rule, RuleContext } from './rule';
import type { CaseDiagnostic, Fix, Locale, RelatedInformation, Severity } from './types';
import { InMemoryWorkspace, type Workspace } from './workspace';

export const INTERNAL_RULE_ID = 'casedraft/internal-error';

export interface LintOptions {
  rules: readonly Rule[];
  config?: ResolvedConfig;
  workspace?: Workspace;
  catalog?: Catalog;
  locale?: Locale;
  /** Only these rule ids run (the rule tester, the server's partial re-lint). */
  only?: ReadonlySet<string>;
}

export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.id] ?? rule.meta.severity;
}

/**
 * Runs every enabled rule over one draft. A rule that throws is isolated: it becomes one
 * diagnostic of its own and every other rule still reports.
 */
export function lintModel(model: CaseModel, options: LintOptions): CaseDiagnostic[] {
  const config = options.config ?? resolveConfig();
  const locale = options.locale ?? config.locale;
  const workspace = options.workspace ?? new InMemoryWorkspace([model]);
  const catalog = options.catalog ?? new Catalog();
  const suppressions = new Suppressions(model.text, model.lines);
  const out: CaseDiagnostic[] = [];

  for (const rule of options.rules) {
    if (options.only && !options.only.has(rule.meta.id)) continue;
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const found: CaseDiagnostic[] = [];
    const ctx: RuleContext = {
      model,
      config,
      workspace,
      catalog,
      locale,
      report: (r) => found.push(toDiagnostic(rule, severity, r, model, locale)),
    };
    try {
      rule.check(ctx);
    } catch (err) {
      found.length = 0;
      found.push({
        rule: INTERNAL_RULE_ID,
        severity: 'warning',
        message: localize(coreMessages.ruleCrashed, locale, { rule: rule.meta.id, error: errorText(err) }),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
    for (const d of found) {
      if (d.rule !== INTERNAL_RULE_ID && suppressions.isSuppressed(d.rule, d.range.start.line)) continue;
      out.push(d);
    }
  }
  return out.sort(compareDiagnostics);
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0]!;
  return String(err);
}

export function compareDiagnostics(a: CaseDiagnostic, b: CaseDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.rule.localeCompare(b.rule)
  );
}

function toDiagnostic(
  rule: Rule,
  severity: Severity,
  r: Report,
  model: CaseModel,
  locale: Locale,
): CaseDiagnostic {
  const template = rule.messages[r.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id ${r.messageId}`);
  const message =
    localize(template, locale, r.data) +
    localize(coreMessages.lawBasis, locale, { law: localize(rule.meta.law, locale) });
  const d: CaseDiagnostic = { rule: rule.meta.id, severity, message, range: model.lines.range(r.span) };
  if (r.fixes?.length) d.fixes = r.fixes.map((f) => toFix(f, model, locale));
  if (r.suggestions?.length) d.suggestions = r.suggestions.map((f) => toFix(f, model, locale));
  if (r.related?.length) d.related = r.related.map((x) => toRelated(x, model, locale));
  return d;
}

function toFix(f: FixSpec, model: CaseModel, locale: Locale): Fix {
  return {
    title: localize(f.title, locale, f.data),
    edits: f.edits.map((e) => ({ range: model.lines.range(e.span), newText: e.text })),
  };
}

function toRelated(x: RelatedSpec, model: CaseModel, locale: Locale): RelatedInformation {
  const where = x.model ?? model;
  return { uri: x.uri, range: where.lines.range(x.span), message: localize(x.message, locale, x.data) };
}
