import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localize, normalizeLocale } from '../core/i18n';
import { templateFor } from '../core/templates';
import { DOCTYPES } from '../core/doctypes';
import type { Locale } from '../core/types';
import { builtinCatalog } from '../core/builtin-catalog';
import { allRules } from '../rules';
import { InputError, UsageError, writeAtomic } from './files';
import { formatJson, formatSarif, formatStylish } from './format';
import { runLint } from './lint';
import pkg from '../../../package.json';

const USAGE = `casedraft — 行政执法文书草稿检查 / checks administrative enforcement drafts

用法 / usage:
  casedraft lint [paths…] [--format stylish|json|sarif] [--config FILE] [--max-warnings N] [--locale zh-cn|en]
  casedraft export FILE [-o OUT.docx] [--force] [--public]
  casedraft new DOCTYPE [-o FILE]
  casedraft timeline FILE [-o OUT.svg]
  casedraft guidance [--field 领域] [-o 清单.docx] [--config FILE]
  casedraft rules [--format text|json]

退出码 / exit codes: 0 无错误 no error · 1 有错误 errors found · 2 用法或读写问题 usage or I/O problem`;

type Handler = (args: string[], locale: Locale) => number | Promise<number>;

/** Commands contributed by other modules (export, timeline …) register here. */
export const commands: Record<string, Handler> = {
  lint: lintCommand,
  rules: rulesCommand,
  new: newCommand,
  export: (args, locale) => import('./export').then((m) => m.exportCommand(args, locale)),
  guidance: (args) => import('./guidance').then((m) => m.guidanceCommand(args)),
  timeline: (args, locale) => import('./timeline').then((m) => m.timelineCommand(args, locale)),
};

function lintCommand(args: string[], locale: Locale): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format))
    throw new UsageError(`未知的输出格式 / unknown format: ${format}`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings 须为非负整数 / must be a whole number ≥ 0`);
  }
  if (values.config && !existsSync(values.config))
    throw new InputError(values.config, `找不到配置文件 / config not found: ${values.config}`);
  const showProgress = process.stderr.isTTY;
  const run = runLint({
    paths: positionals,
    rules: allRules,
    builtinCatalog: builtinCatalog(),
    configPath: values.config ? resolve(values.config) : undefined,
    locale: values.locale ? normalizeLocale(values.locale) : undefined,
    onProgress: showProgress
      ? (done, total) => total > 20 && process.stderr.write(`\r${done}/${total}`)
      : undefined,
  });
  if (showProgress && run.results.length > 20) process.stderr.write('\r\x1b[K');
  const effectiveLocale = values.locale ? normalizeLocale(values.locale) : locale;
  const out =
    format === 'json'
      ? formatJson(run.results)
      : format === 'sarif'
        ? formatSarif(run.results, allRules, effectiveLocale, pkg.version)
        : formatStylish(run.results, effectiveLocale);
  process.stdout.write(out + '\n');
  for (const e of run.inputErrors) process.stderr.write(`casedraft: ${e.file}: ${e.message}\n`);
  if (run.inputErrors.length) return 2;
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
    law: localize(r.meta.law, loc),
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
  if (existsSync(out) && !values.force)
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
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  const handler = commands[command];
  if (!handler) {
    process.stderr.write(`casedraft: 未知命令 / unknown command: ${command}\n\n${USAGE}\n`);
    return 2;
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
