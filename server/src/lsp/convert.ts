import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import type { Rule } from '../core/rule';
import type { Severity, TranslatedDiagnostic, TranslatedFix } from '../core/types';

/** What a diagnostic carries to the code-action request: the core's fixes, with their titles. */
export interface DiagnosticData {
  rule: string;
  messageId: string;
  fixes?: TranslatedFix[];
  suggestions?: TranslatedFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where the rule docs pages live: the package root, one folder above dist/server.js. */
export function docsTarget(rule: Rule | undefined, packageRoot: string): string | undefined {
  if (!rule?.meta.docs) return undefined;
  return pathToFileURL(join(packageRoot, rule.meta.docs)).href;
}

/**
 * The one conversion from the core's finding (translated: core/translate.ts) to an LSP
 * diagnostic. Everything the server publishes goes through here, so code, source, related places
 * and fixes are always present in the same shape.
 */
export function toLspDiagnostic(
  d: TranslatedDiagnostic,
  uri: string,
  rulesById: ReadonlyMap<string, Rule>,
  packageRoot: string,
): Diagnostic {
  const target = docsTarget(rulesById.get(d.rule), packageRoot);
  const out: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    source: 'casedraft',
    message: d.message,
  };
  if (target) out.codeDescription = { href: target };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: r.uri ?? uri, range: r.range },
      message: r.message,
    }));
  }
  const data: DiagnosticData = { rule: d.rule, messageId: d.messageId };
  if (d.fixes?.length) data.fixes = d.fixes;
  if (d.suggestions?.length) data.suggestions = d.suggestions;
  out.data = data;
  return out;
}
