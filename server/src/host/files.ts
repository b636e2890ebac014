// The file system, for all of CaseDraft: the CLI, its workers and the language server read and
// write through these functions and nothing else (ESLint keeps fs out of every other folder).
// Reading goes through readBytes and writing through writeAtomic: a check on what may be read
// or how a file is written is made there, once, for every caller.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { importFormatOf, MAX_DOCX_BYTES, MAX_TEXT_BYTES } from '../core/import';

/** A problem with one input that is not a finding about a draft: the CLI's exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

/** Files and folders → the drafts to check, sorted by path. Folders yield their `*.case.md`. */
export function discover(paths: string[], errors: InputError[]): string[] {
  const out = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      errors.push(new InputError(p, `找不到文件或文件夹 / no such file or folder: ${p}`));
      continue;
    }
    if (st.isDirectory()) walk(abs, out);
    else out.add(abs);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function walk(dir: string, out: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), out);
    } else if (e.isFile() && e.name.endsWith('.case.md')) out.add(join(dir, e.name));
  }
}

/** The path as shown to people and in JSON: relative to the working folder, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs) || abs;
  return rel.split(sep).join('/');
}

export function exists(path: string): boolean {
  return existsSync(path);
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Drafts above this are refused rather than left to stall an editor or a batch run. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;
/** Config, catalog and dictionary files: a few hundred KB at most in practice. */
export const MAX_DATA_BYTES = 10 * 1024 * 1024;

/**
 * Every read of a file: refused before reading when it is a folder or over `limit` bytes, and
 * any failure an InputError that names the file, in both languages.
 */
function readBytes(abs: string, limit: number): Buffer {
  try {
    const st = statSync(abs);
    if (st.isDirectory())
      throw new InputError(displayPath(abs), '是文件夹，不是文件 / is a folder, not a file');
    if (st.size > limit) {
      throw new InputError(
        displayPath(abs),
        `文件过大（${(st.size / 1048576).toFixed(1)} MB，上限 ${limit / 1048576} MB） / too large (limit ${limit / 1048576} MB)`,
      );
    }
    return readFileSync(abs);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      displayPath(abs),
      `无法读取 / cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** UTF-8 text of a file, or why it is not: binary content or another encoding. */
function readText(abs: string, limit: number): string {
  const buf = readBytes(abs, limit);
  if (buf.subarray(0, 8192).includes(0)) {
    throw new InputError(
      displayPath(abs),
      '不是文本文件（含有二进制内容） / not a text file (binary content)',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(displayPath(abs), '不是 UTF-8 编码的文本 / not UTF-8 text');
  }
}

/** Reads a draft as UTF-8 text, or explains in both languages why it cannot be one. */
export function readDraft(abs: string): string {
  return readText(abs, MAX_DRAFT_BYTES);
}

/** An original to import (.docx, .html, .txt) as bytes, within the limit of its type. */
export function readImportSource(abs: string): Uint8Array {
  return readBytes(abs, importFormatOf(abs) === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES);
}

/** A JSON file (config, catalog, dictionary); `what` names its kind in the message when it is not JSON. */
export function readJson(abs: string, what: { zh: string; en: string }): unknown {
  const text = readText(abs, MAX_DATA_BYTES);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(
      abs,
      `${what.zh}不是有效的 JSON / the ${what.en} is not valid JSON: ${(err as Error).message}`,
    );
  }
}

/**
 * Temp file then rename: a reader never sees half a file, and a failure leaves no file at all,
 * only an InputError (exit 2) that names the path.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new InputError(
      displayPath(path),
      `无法写入 / cannot be written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}
