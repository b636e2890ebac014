import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localize } from '../core/i18n';
import {
  draftFileName,
  ImportError,
  importDocument,
  importFormatOf,
  type ImportedDraft,
} from '../core/import';
import type { Locale } from '../core/types';
import { displayPath, exists, InputError, readImportSource, writeAtomic } from '../host/files';
import { UsageError } from './usage';
import { pathToUri } from './lint';

/** `casedraft import FILE… [-o OUT.case.md | --out-dir DIR] [--force]` (docs/import.md). */
export async function importCommand(args: string[], locale: Locale): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      force: { type: 'boolean' },
      locale: { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('请指定要导入的文件 / name the files to import');
  if (values.output && values['out-dir'])
    throw new UsageError('-o 与 --out-dir 只能选一个 / give -o or --out-dir, not both');
  if (values.output && positionals.length > 1)
    throw new UsageError(
      '-o 只能用于一个文件；多个文件请用 --out-dir / -o takes one file; use --out-dir for several',
    );
  let failed = 0;
  let incomplete = 0;
  for (const file of positionals) {
    try {
      const draft = await importOne(file, values.output, values['out-dir'], !!values.force, locale);
      if (draft.missing.length) incomplete++;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      process.stderr.write(`casedraft: ${err.file}: ${err.message}\n`);
      failed++;
    }
  }
  return failed ? 2 : incomplete ? 1 : 0;
}

/** Where the draft of `file` goes: -o, else DIR/X.case.md, else X.case.md beside the original. */
function importTarget(file: string, output?: string, outDir?: string): string {
  if (output) return resolve(output);
  return resolve(outDir ?? dirname(file), draftFileName(file));
}

async function importOne(
  file: string,
  output: string | undefined,
  outDir: string | undefined,
  force: boolean,
  locale: Locale,
): Promise<ImportedDraft> {
  const abs = resolve(file);
  if (!importFormatOf(abs))
    throw new InputError(
      file,
      '不支持此文件类型：可导入 .docx、.html、.htm、.txt / import .docx, .html, .htm or .txt',
    );
  const toStdout = output === '-';
  const target = toStdout ? undefined : importTarget(abs, output, outDir);
  // Checked before reading: a refusal costs nothing and leaves everything as it was.
  if (target === abs) throw new InputError(file, '不能覆盖原文件 / will not write over the original');
  if (target && exists(target) && !force)
    throw new InputError(
      displayPath(target),
      '文件已存在，加 --force 覆盖 / file exists; add --force to overwrite',
    );
  const bytes = readImportSource(abs);
  let draft: ImportedDraft;
  try {
    draft = await importDocument(basename(abs), bytes, pathToUri(target ?? abs));
  } catch (err) {
    if (err instanceof ImportError) throw new InputError(file, localize(err.text, locale));
    throw err;
  }
  if (!target) {
    process.stdout.write(draft.text);
    return draft;
  }
  writeAtomic(target, draft.text);
  const missing = draft.missing.length
    ? locale === 'en'
      ? ` (not found in the original: ${draft.missing.join(', ')})`
      : `（原文中未找到：${draft.missing.join('、')}）`
    : '';
  process.stderr.write(
    `${locale === 'en' ? 'imported' : '已导入'} ${displayPath(abs)} → ${displayPath(join(target))}${missing}\n`,
  );
  return draft;
}
