import { documentDate } from './case/documents';
import { Catalog } from './catalog';
import { resolveConfig, type ResolvedConfig } from './config';
import { Suppressions } from './disable';
import { rulesNotRun } from './document-data';
import { isMessageData } from './i18n';
import { LocalRun } from './local-checks';
import type { CaseModel } from './model';
import type { FixSpec, RelatedSpec, Report, Rule, RuleContext } from './rule';
import { INTERNAL_RULE_ID } from './translate';
import type { CaseDiagnostic, Fix, RelatedInformation, Severity } from './types';
import { InMemoryWorkspace, type Workspace } from './workspace';

export interface LintOptions {
  rules: readonly Rule[];
  config?: ResolvedConfig;
  workspace?: Workspace;
  catalog?: Catalog;
  /** Only these rule ids run (the rule tester, the server's partial re-lint). */
  only?: ReadonlySet<string>;
}

/**
 * The severity a run reports a rule with: the configuration's (an agency's file or preset), else
 * the rule's default. An agency's rule is off until the agency turns it on: it is not law for
 * every other agency's drafts.
 */
export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.id] ?? (rule.meta.basis.kind === 'agency' ? 'off' : rule.meta.severity);
}

/** effectiveSeverity, kept per config (a resolved config never changes): a run asks it per rule per draft. */
function severityIn(config: ResolvedConfig, rule: Rule): Severity | 'off' {
  let byRule = severities.get(config);
  if (!byRule) severities.set(config, (byRule = new Map()));
  let s = byRule.get(rule);
  if (s === undefined) byRule.set(rule, (s = effectiveSeverity(rule, config)));
  return s;
}
const severities = new WeakMap<ResolvedConfig, Map<Rule, Severity | 'off'>>();

/**
 * Runs every enabled rule over one draft. A rule that throws is isolated: it becomes one
 * diagnostic of its own and every other rule still reports.
 */
export function lintModel(model: CaseModel, options: LintOptions): CaseDiagnostic[] {
  const config = options.config ?? resolveConfig();
  const workspace = options.workspace ?? new InMemoryWorkspace([model]);
  const catalog = options.catalog ?? new Catalog();
  const suppressions = new Suppressions(model.text, model.lines);
  const out: CaseDiagnostic[] = [];
  // A draft made from a document lacks what the document does not carry: the checks that need it
  // do not run, and structure/imported-data says which (core/document-data.ts).
  const notRun = rulesNotRun(model);
  const documentLawDate = documentDate(model)?.iso;
  const locals = new LocalRun();

  for (const rule of options.rules) {
    if (options.only && !options.only.has(rule.meta.id)) continue;
    if (notRun.has(rule.meta.id)) continue;
    const lawDate = rule.meta.basis.actNow ? undefined : documentLawDate;
    // A requirement the law did not yet set on the document's date does not fault it.
    if (!inForceOn(rule, lawDate)) continue;
    const severity = severityIn(config, rule);
    if (severity === 'off') continue;
    const found: CaseDiagnostic[] = [];
    const ctx: RuleContext = {
      model,
      config,
      workspace,
      catalog,
      lawDate,
      report: (r) => found.push(toDiagnostic(rule, severity, r, model, lawDate)),
    };
    try {
      if (rule.local) locals.run(rule, rule.local, ctx, ctx.report);
      rule.check?.(ctx);
    } catch (err) {
      found.length = 0;
      found.push({
        rule: INTERNAL_RULE_ID,
        severity: 'warning',
        messageId: 'ruleCrashed',
        data: { rule: rule.meta.id, error: errorText(err) },
        span: { start: 0, end: 0 },
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

/**
 * Whether a rule runs on a document of `lawDate`: a requirement resting on provisions newer than
 * the date runs only where the earlier text set one of its own, which the rule applies (`Basis`).
 */
export function inForceOn(rule: Rule, lawDate: string | undefined): boolean {
  const { inForceFrom, earlier } = rule.meta.basis;
  return !lawDate || !inForceFrom || lawDate >= inForceFrom || earlier !== undefined;
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

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function toDiagnostic(
  rule: Rule,
  severity: Severity,
  r: Report,
  model: CaseModel,
  lawDate: string | undefined,
): CaseDiagnostic {
  // A report the translation could not word is the rule's bug: it fails here, isolated like a crash.
  const known = (id: string, data?: unknown) => {
    if (!Object.prototype.hasOwnProperty.call(rule.messages, id))
      throw new Error(`rule ${rule.meta.id} reported unknown message id ${id}`);
    if (data !== undefined && !isMessageData(data))
      throw new Error(
        `rule ${rule.meta.id} reported data that is not message values: ${JSON.stringify(data)}`,
      );
  };
  known(r.messageId, r.data);
  const d: CaseDiagnostic = {
    rule: rule.meta.id,
    severity: r.atMost && RANK[r.atMost] < RANK[severity] ? r.atMost : severity,
    messageId: r.messageId,
    span: r.span,
    range: model.lines.range(r.span),
  };
  if (lawDate) d.lawDate = lawDate;
  if (r.data) d.data = r.data;
  if (r.fixes?.length) d.fixes = r.fixes.map((f) => toFix(f, model, known));
  if (r.suggestions?.length) d.suggestions = r.suggestions.map((f) => toFix(f, model, known));
  if (r.related?.length) d.related = r.related.map((x) => toRelated(x, model, known));
  return d;
}

function toFix(f: FixSpec, model: CaseModel, known: (id: string, data?: unknown) => void): Fix {
  known(f.messageId, f.data);
  const fix: Fix = {
    messageId: f.messageId,
    edits: f.edits.map((e) => ({ range: model.lines.range(e.span), newText: e.text })),
  };
  if (f.data) fix.data = f.data;
  return fix;
}

function toRelated(
  x: RelatedSpec,
  model: CaseModel,
  known: (id: string, data?: unknown) => void,
): RelatedInformation {
  known(x.messageId, x.data);
  const where = x.model ?? model;
  const r: RelatedInformation = { range: where.lines.range(x.span), messageId: x.messageId };
  if (x.uri) r.uri = x.uri;
  if (x.data) r.data = x.data;
  return r;
}
