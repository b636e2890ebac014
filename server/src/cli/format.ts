import type { Rule } from '../core/rule';
import type { Translate } from '../core/translate';
import type { CaseDiagnostic, Locale } from '../core/types';
import { localize } from '../core/i18n';
import type { OriginalPosition, SourceFormat } from '../core/import';

export interface FileResult {
  file: string;
  diagnostics: CaseDiagnostic[];
  /** The language of this file's messages: --locale, else its casedraft.config.json's, else the run's. */
  locale: Locale;
  /** For an original linted through the importer (.docx, .html, .txt): each finding's place in it. */
  imported?: ImportedPositions;
  /** --fix: how many fixes were applied (the draft was written back); the findings are what is left. */
  fixed?: number;
}

/** Where findings on an imported original are in it, one entry per diagnostic. */
export interface ImportedPositions {
  format: SourceFormat;
  positions: { start: OriginalPosition; end: OriginalPosition }[];
}

/**
 * The JSON contract of docs/cli.md: files in sorted path order; each finding's rule, severity,
 * translated message and range, the message id and data it was worded from, and its fixes and
 * suggestions (title and edits) as ESLint's JSON carries them, so a fix can be checked without an editor.
 */
export function formatJson(results: FileResult[], translate: Translate): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      ...(r.imported ? { importedFrom: r.imported.format } : {}),
      ...(r.fixed ? { fixed: r.fixed } : {}),
      diagnostics: r.diagnostics.map((finding, i) => {
        const d = translate(finding, r.locale);
        return {
          rule: d.rule,
          severity: d.severity,
          message: d.message,
          messageId: d.messageId,
          ...(d.data ? { data: d.data } : {}),
          ...(d.lawDate ? { lawDate: d.lawDate } : {}),
          range: d.range,
          ...(r.imported ? { original: r.imported.positions[i] } : {}),
          ...(d.fixes?.length ? { fixes: d.fixes } : {}),
          ...(d.suggestions?.length ? { suggestions: d.suggestions } : {}),
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
    if (!r.diagnostics.length && !r.fixed) continue;
    lines.push(paint('4', r.file) + (r.imported ? paint('2', importedNote(r.imported.format, locale)) : ''));
    if (r.fixed)
      lines.push(
        locale === 'en'
          ? `  ${r.fixed} fix(es) applied, the file written back`
          : `  已自动修复 ${r.fixed} 处，已写回文件`,
      );
    const width = r.imported ? 16 : 8;
    for (const [i, d] of r.diagnostics.entries()) {
      count[d.severity]++;
      const at = r.imported?.positions[i]?.start;
      const draft = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const pos = (at ? `¶${at.paragraph}:${at.character + 1} ${paint('2', `(${draft})`)}` : draft).padEnd(
        width,
      );
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

/** After an imported file's name: what ¶ and the bracketed line:column are. */
function importedNote(format: ImportedPositions['format'], locale: Locale): string {
  const unit = format === 'txt' ? (locale === 'en' ? 'line' : '行') : locale === 'en' ? 'paragraph' : '段';
  return locale === 'en'
    ? `  (imported: ¶ = ${unit} of the original:column; (line:column) of the imported draft)`
    : `（导入检查：¶ 为原文的${unit}号:列，括号内为导入稿的行:列）`;
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
          r.diagnostics.map((d, i) => {
            const at = r.imported?.positions[i];
            // An imported original is the artifact; its "lines" are its paragraphs (a text
            // file's lines), as the property says. The imported draft's region is kept beside it.
            const region = at
              ? {
                  startLine: at.start.paragraph,
                  startColumn: at.start.character + 1,
                  endLine: at.end.paragraph,
                  endColumn: at.end.character + 1,
                }
              : {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                };
            return {
              ruleId: d.rule,
              level: SARIF_LEVEL[d.severity],
              message: { text: translate(d, r.locale).message },
              locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region } }],
              ...(at
                ? {
                    properties: {
                      'casedraft/importedFrom': r.imported!.format,
                      'casedraft/linesAre': r.imported!.format === 'txt' ? 'lines' : 'paragraphs',
                      'casedraft/draftRegion': {
                        startLine: d.range.start.line + 1,
                        startColumn: d.range.start.character + 1,
                        endLine: d.range.end.line + 1,
                        endColumn: d.range.end.character + 1,
                      },
                    },
                  }
                : {}),
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
