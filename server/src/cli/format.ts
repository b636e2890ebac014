import type { Rule } from '../core/rule';
import type { Translate } from '../core/translate';
import type { CaseDiagnostic, Locale } from '../core/types';
import { localize } from '../core/i18n';

export interface FileResult {
  file: string;
  diagnostics: CaseDiagnostic[];
  /** The language of this file's messages: --locale, else its casedraft.config.json's, else the run's. */
  locale: Locale;
}

/**
 * The JSON contract of docs/cli.md: files in sorted path order; each finding's rule, severity,
 * translated message and range, and the message id and data it was worded from.
 */
export function formatJson(results: FileResult[], translate: Translate): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((finding) => {
        const d = translate(finding, r.locale);
        return {
          rule: d.rule,
          severity: d.severity,
          message: d.message,
          messageId: d.messageId,
          ...(d.data ? { data: d.data } : {}),
          range: d.range,
        };
      }),
    })),
    null,
    2,
  );
}

const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColor() ? `\u001b[${code}m${s}\u001b[0m` : s);

/** ESLint's stylish layout: a heading per file, one line per finding, a count at the end. */
export function formatStylish(results: FileResult[], translate: Translate, locale: Locale): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    lines.push(paint('4', r.file));
    for (const d of r.diagnostics) {
      count[d.severity]++;
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      const sev =
        d.severity === 'error'
          ? paint('31', 'error  ')
          : d.severity === 'warning'
            ? paint('33', 'warning')
            : paint('36', 'info   ');
      lines.push(`  ${pos} ${sev}  ${translate(d, r.locale).message}  ${paint('2', d.rule)}`);
    }
    lines.push('');
  }
  const total = count.error + count.warning + count.info;
  const files = results.length;
  lines.push(
    locale === 'en'
      ? `${files} file(s) checked: ${count.error} error(s), ${count.warning} warning(s), ${count.info} info`
      : `已检查 ${files} 个文件：${count.error} 个错误，${count.warning} 个警告，${count.info} 条提示${total === 0 ? '，未发现问题' : ''}`,
  );
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 for code-scanning dashboards; columns are 1-based there, as SARIF counts. */
export function formatSarif(
  results: FileResult[],
  rules: readonly Rule[],
  translate: Translate,
  locale: Locale,
  version: string,
): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CaseDraft',
            version,
            informationUri: 'https://casedraft.invalid/',
            rules: rules.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: localize(r.meta.description, locale) },
              helpUri: r.meta.docs,
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
              properties: { basis: r.meta.basis.kind, law: localize(r.meta.basis, locale) },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            level: SARIF_LEVEL[d.severity],
            message: { text: translate(d, r.locale).message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
