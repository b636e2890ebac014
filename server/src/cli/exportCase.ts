import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { caseFiles, type CaseFile } from '../core/case';
import { exportCaseFileDocx } from '../core/export';
import { normalizeLocale } from '../core/i18n';
import { parseCase } from '../core/parse';
import { servedTransform } from '../core/redact';
import type { Locale } from '../core/types';
import { InMemoryWorkspace } from '../core/workspace';
import { allRules } from '../rules';
import { discover, displayPath, InputError, isFolder, readDraft } from '../host/files';
import { gatedExport } from './gatedExport';
import { UsageError } from './usage';
import { configOption, lintDrafts, pathToUri } from './lint';

const caseLine = (c: CaseFile) =>
  `  ${c.caseNo ?? '（无案件编号）'}  ${c.title ?? ''}（${c.documents.length} 份 / documents）`;

/** The case `--case` names: by its 案件编号, or a piece of its 案由. */
function pick(cases: readonly CaseFile[], wanted: string | undefined, folder: string): CaseFile {
  if (!cases.length)
    throw new InputError(folder, '文件夹中没有案件文书 / the folder holds no case documents (*.case.md)');
  const found = wanted
    ? cases.filter((c) => c.caseNo === wanted || (c.title?.includes(wanted) ?? false))
    : cases;
  if (found.length === 1) return found[0]!;
  throw new UsageError(
    `${
      found.length
        ? `文件夹中有 ${found.length} 个案件，请用 --case 指定其案件编号或案由 / the folder holds ${found.length} cases; name one with --case`
        : `没有与 --case ${wanted} 相符的案件 / no case matches --case ${wanted}`
    }:\n${(found.length ? found : cases).map(caseLine).join('\n')}`,
  );
}

/**
 * `casedraft export-case FOLDER [-o 卷宗.docx] [--force] [--case 案件编号]`: the case's documents
 * in procedural order behind a 卷内目录, one DOCX. Checked as `casedraft lint FOLDER` checks them;
 * refused (exit 1, nothing written) while any document of the case has an error, unless
 * `--force`, which marks every page 草稿.
 */
export async function exportCaseCommand(args: string[], locale: Locale): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      case: { type: 'string' },
      config: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      '请指定一个案卷文件夹 / name one case folder: casedraft export-case FOLDER [-o 卷宗.docx] [--force] [--case 案件编号]',
    );
  const folder = resolve(positionals[0]!);
  if (!isFolder(folder)) throw new InputError(positionals[0]!, '不是文件夹 / not a folder');
  const out = resolve(values.output ?? join(folder, '卷宗.docx'));
  if (!out.toLowerCase().endsWith('.docx'))
    throw new UsageError(`输出文件须以 .docx 结尾 / the output must end in .docx: ${values.output}`);
  const loc = values.locale ? normalizeLocale(values.locale) : locale;

  // A case folder is the folder itself: its sub-folders are other case folders.
  const inputErrors: InputError[] = [];
  const files = discover([folder], inputErrors).filter((f) => dirname(f) === folder);
  if (inputErrors.length) throw inputErrors[0]!;
  // Read once: the texts that are checked are the texts that are printed.
  const drafts = files.map((abs) => ({ abs, text: readDraft(abs) }));
  const workspace = new InMemoryWorkspace(drafts.map((d) => parseCase(d.text, pathToUri(d.abs))));
  const file = pick(caseFiles(workspace), values.case, positionals[0]!);

  // Exactly what `casedraft lint FOLDER` reports for these drafts.
  const run = lintDrafts(drafts, {
    rules: allRules,
    configPath: configOption(values.config),
    locale: values.locale ? normalizeLocale(values.locale) : undefined,
    fallbackLocale: loc,
  });
  if (run.inputErrors.length) throw run.inputErrors[0]!;
  const members = new Set(file.documents.map((d) => displayPath(fileURLToPath(d.uri))));
  const count = file.documents.length;
  return gatedExport({
    results: run.results.filter((r) => members.has(r.file)),
    force: !!values.force,
    locale: loc,
    refusal: {
      zh: '未导出：案件文书有错误。请先改正；或加 --force 导出每页标注“草稿”的卷宗。',
      en: 'not exported: documents of the case have errors. Fix them, or add --force for a copy marked 草稿 (draft) on every page.',
    },
    make: (draft) => exportCaseFileDocx(file, { draft, transform: servedTransform }),
    // Over an earlier 卷宗 only with --force, as `export` does.
    out,
    inputs: drafts.map((d) => d.abs),
    notice: (draft, shown) =>
      draft
        ? `已导出卷宗草稿（${count} 份文书，每页标注“草稿”） / exported the case file as a draft: ${shown}`
        : `已导出卷宗（${count} 份文书） / exported the case file (${count} documents): ${shown}`,
  });
}
