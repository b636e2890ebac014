import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localize, normalizeLocale } from '../core/i18n';
import { templateFor } from '../core/templates';
import { translator } from '../core/translate';
import { DOCTYPES } from '../core/doctypes';
import type { Locale } from '../core/types';
import { allRules } from '../rules';
import { exists, InputError, writeAtomic } from '../host/files';
import { UsageError } from './usage';
import { formatJson, formatSarif, formatStylish } from './format';
import { configOption, prepareLint, runLint } from './lint';
import pkg from '../../../package.json';
import { own } from '../core/own';

const USAGE = `casedraft — 行政执法文书草稿检查 / checks administrative enforcement drafts

用法 / usage:
  casedraft lint [paths…] [--fix] [--format stylish|json|sarif] [--config FILE] [--max-warnings N] [--locale zh-cn|en]
  casedraft import FILE… [-o OUT.case.md | --out-dir DIR] [--force]
  casedraft export FILE [-o OUT.docx] [--force] [--public]
  casedraft export-case FOLDER [-o 卷宗.docx] [--force] [--case 案件编号]
  casedraft new DOCTYPE [-o FILE]
  casedraft timeline FILE [-o OUT.svg]
  casedraft guidance [--field 领域] [-o 清单.docx] [--config FILE]
  casedraft rules [--format text|json]

退出码 / exit codes: 0 无错误 no error · 1 有错误 errors found · 2 用法或读写问题 usage or I/O problem`;

const HELP_FOOTER = `每个命令的选项 / options of a command: casedraft <命令 command> --help`;

/**
 * `casedraft <command> --help`: the command's line of USAGE and what each option does. A new
 * command registered in `commands` without an entry here still gets its USAGE line.
 */
const HELP: Record<string, string> = {
  lint: `检查草稿；路径可以是文件或文件夹（找其中的 *.case.md），省略时为当前文件夹。
checks drafts; paths are files or folders (searched for *.case.md), the current folder by default.

  --fix                         应用确定的自动修复并写回草稿（建议修改不应用），再报告剩下的问题 /
                                apply the certain fixes and write the drafts back (never suggestions), then report what is left
  --format stylish|json|sarif   输出格式 / output format (default stylish)
  --config FILE                 指定 casedraft.config.json / use this config for every draft
  --max-warnings N              警告多于 N 个时退出码为 1 / exit 1 when there are more than N warnings
  --locale zh-cn|en             提示语言 / language of the messages`,
  import: `把已有的文书（.docx、.html、.txt）导入为草稿 X.case.md：正文逐字保留，前言只写原文写明的内容，
未找到的项目列在前言顶部的注释中。退出码：0 全部识别；1 已导入但有未找到的项目；2 未写入任何文件。
imports documents (.docx, .html, .txt) as drafts X.case.md: the text kept character for character, the
front matter holding only what the text states, what was not found listed in a comment at its top.
Exit codes: 0 everything found; 1 imported, something not found; 2 nothing written.

  -o OUT.case.md   输出文件（仅一个文件；- 为标准输出） / output file (one file only; - for stdout)
  --out-dir DIR    输出到该文件夹 / write the drafts into DIR (default: beside each original)
  --force          覆盖已有文件（从不覆盖原文件） / overwrite existing drafts (never the original)
  --locale zh-cn|en`,
  export: `把草稿导出为 GB/T 9704 格式的 DOCX；草稿有错误时拒绝导出（退出码 1）。
exports a draft as a GB/T 9704 DOCX; refuses (exit 1) when the draft has errors.

  -o OUT.docx   输出文件 / output file (default: FILE without .case.md, plus .docx)
  --force       有错误也导出，每页标注“草稿” / export anyway, every page marked 草稿
  --public      公开版：屏蔽个人信息，文件名为 <名称>.public.docx / the publication copy, personal data masked
  --restrict-to DIR  不受信任的文件夹：只读取 DIR 内的配置和数据文件（可重复） / an untrusted folder: read config and data files only inside DIR (repeatable)
  --config FILE, --locale zh-cn|en`,
  'export-case': `把一个案件的全部文书按办案顺序导出为一份卷宗 DOCX，前附卷内目录（文书名称、文号、日期、页号）；
任何一份文书有错误时拒绝导出（退出码 1）。什么是一个案件见 docs/case.md。
exports all the documents of one case, in procedural order, as one DOCX behind a 卷内目录 (document,
文号, date, page); refuses (exit 1) while any document has an error. What a case is: docs/case.md.

  -o OUT.docx      输出文件 / output file (default FOLDER/卷宗.docx)
  --force          有错误也导出，每页标注“草稿” / export anyway, every page marked 草稿
  --case 案件编号   文件夹中有多个案件时指定其一（案件编号或案由的一部分） / which case, when the folder holds several
  --config FILE, --locale zh-cn|en`,
  new: `按文书类型的模板新建草稿；不加 -o 时输出到标准输出。
writes a new draft from the template of a document type; to standard output without -o.

  DOCTYPE       行政处罚决定书、不予行政处罚决定书、行政处罚告知书、询问笔录、现场检查笔录
  -o FILE       输出文件 / output file
  --force       覆盖已有文件 / overwrite an existing file`,
  timeline: `把案件的程序时间轴画成 SVG；不加 -o 时输出到标准输出。
draws the case's procedure timeline as SVG; to standard output without -o.

  -o OUT.svg, --config FILE, --locale zh-cn|en`,
  guidance: `把合规清单导出为《企业行政合规指导清单》DOCX。
exports the compliance catalog as the formal guidance list (DOCX).

  --field 领域    只导出该领域 / only this field
  -o OUT.docx     输出文件 / output file (default 合规指导清单.docx)
  --config FILE   加入该配置的 catalogs / add the catalogs of this config
  --issuer 机关, --date 日期`,
  rules: `列出全部规则、默认级别和说明页。
lists every rule with its default severity and docs page.

  --format text|json, --locale zh-cn|en`,
};

function commandHelp(command: string): string {
  const line = USAGE.split('\n').find((l) => l.trim().startsWith(`casedraft ${command}`));
  return [`用法 / usage:\n${line ?? `  casedraft ${command}`}`, own(HELP, command)]
    .filter(Boolean)
    .join('\n\n');
}

type Handler = (args: string[], locale: Locale) => number | Promise<number>;

/** Commands contributed by other modules (export, timeline …) register here. */
export const commands: Record<string, Handler> = {
  lint: lintCommand,
  rules: rulesCommand,
  new: newCommand,
  import: (args, locale) => import('./import').then((m) => m.importCommand(args, locale)),
  export: (args, locale) => import('./export').then((m) => m.exportCommand(args, locale)),
  'export-case': (args, locale) => import('./exportCase').then((m) => m.exportCaseCommand(args, locale)),
  guidance: (args) => import('./guidance').then((m) => m.guidanceCommand(args)),
  timeline: (args, locale) => import('./timeline').then((m) => m.timelineCommand(args, locale)),
};

async function lintCommand(args: string[], locale: Locale): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string' },
      fix: { type: 'boolean', default: false },
    },
  });
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format))
    throw new UsageError(`未知的输出格式 / unknown format: ${format}`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings 须为非负整数 / must be a whole number ≥ 0`);
  }
  const configPath = configOption(values.config);
  const showProgress = process.stderr.isTTY;
  // Originals (.docx, .html, .txt) are imported in memory; the archives are read through their cache.
  const inputs = await prepareLint(positionals, configPath);
  const run = runLint({
    paths: positionals.filter((p) => !inputs.inputErrors.some((e) => resolve(e.file) === resolve(p))),
    rules: allRules,
    configPath,
    imported: inputs.imported,
    archive: inputs.archive,
    locale: values.locale ? normalizeLocale(values.locale) : undefined,
    fallbackLocale: locale,
    fix: values.fix,
    onProgress: showProgress
      ? (done, total) => total > 20 && process.stderr.write(`\r${done}/${total}`)
      : undefined,
  });
  if (showProgress && run.results.length > 20) process.stderr.write('\r\x1b[K');
  const effectiveLocale = values.locale ? normalizeLocale(values.locale) : locale;
  const translate = translator(allRules);
  const out =
    format === 'json'
      ? formatJson(run.results, translate)
      : format === 'sarif'
        ? formatSarif(run.results, allRules, translate, effectiveLocale, pkg.version)
        : formatStylish(run.results, translate, effectiveLocale);
  process.stdout.write(out + '\n');
  for (const p of inputs.archiveProblems)
    process.stderr.write(
      `casedraft: ${localize({ zh: '档案', en: 'archive' }, effectiveLocale)}: ${p.file}: ${localize(p.message, effectiveLocale)}\n`,
    );
  const inputErrors = [...inputs.inputErrors, ...run.inputErrors];
  for (const e of inputErrors) process.stderr.write(`casedraft: ${e.file}: ${e.message}\n`);
  if (inputErrors.length) return 2;
  const all = run.results.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  if (maxWarnings !== undefined && all.filter((d) => d.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

function rulesCommand(args: string[], locale: Locale): number {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, locale: { type: 'string' } },
  });
  const loc = values.locale ? normalizeLocale(values.locale) : locale;
  const rows = allRules.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    description: localize(r.meta.description, loc),
    basis: r.meta.basis.kind,
    law: localize(r.meta.basis, loc),
    docs: r.meta.docs,
  }));
  if (values.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else {
    const w = Math.max(...rows.map((r) => r.id.length));
    for (const r of rows)
      process.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.description}  (${r.docs})\n`);
  }
  return 0;
}

function newCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  });
  const doctype = positionals[0];
  const template = doctype ? templateFor(doctype) : undefined;
  if (!template)
    throw new UsageError(`请指定文书类型 / name a document type: ${DOCTYPES.map((d) => d.name).join(', ')}`);
  if (!values.output) {
    process.stdout.write(template);
    return 0;
  }
  const out = resolve(values.output);
  if (exists(out) && !values.force)
    throw new InputError(
      values.output,
      '文件已存在，加 --force 覆盖 / file exists; add --force to overwrite',
    );
  writeAtomic(out, template);
  process.stderr.write(`已创建 / created ${values.output}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const locale = normalizeLocale(process.env.CASEDRAFT_LOCALE ?? process.env.LC_ALL ?? process.env.LANG);
  const [command, ...rest] = argv;
  if (command === 'help' && rest[0] && commands[rest[0]]) {
    process.stdout.write(commandHelp(rest[0]) + '\n');
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n\n${HELP_FOOTER}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  const handler = own(commands, command);
  if (!handler) {
    process.stderr.write(`casedraft: 未知命令 / unknown command: ${command}\n\n${USAGE}\n`);
    return 2;
  }
  // Before the command's own option parser, which would call --help an unknown option.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(command) + '\n');
    return 0;
  }
  try {
    return await handler(rest, locale);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`casedraft: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`casedraft: ${err.file}: ${err.message}\n`);
      return 2;
    }
    // A bug of ours: say so plainly, keep the stack out of the officer's way unless asked.
    process.stderr.write(`casedraft: 内部错误 / internal error: ${(err as Error).message}\n`);
    if (process.env.CASEDRAFT_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}
