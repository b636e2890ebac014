// The file system, for all of CaseDraft: the CLI, its workers and the language server read and
// write through these functions and nothing else (ESLint keeps fs out of every other folder).
// Reading goes through readRegular and writing through writeAtomic: a check on what may be read
// or how a file is written is made there, once, for every caller.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  mkdirSync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type * as Crypto from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_TEXT_BYTES } from '../core/import/decode';
import { importFormatOf } from '../core/import/formats';
import { MAX_DOCX_BYTES } from '../core/import/zip';

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

/**
 * Files and folders → the drafts to check, sorted by path. Folders yield their `*.case.md`. What a
 * folder holds but cannot be checked (a sub-folder that cannot be read, a path too long for the
 * system, a symbolic link, a draft that is no regular file) is said once in `errors`, so that the
 * run ends with exit 2: the check was incomplete.
 */
export function discover(paths: string[], errors: InputError[]): string[] {
  const out = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push(
        new InputError(
          p,
          code === 'ENOENT'
            ? `找不到文件或文件夹 / no such file or folder: ${p}`
            : `无法读取 / cannot be read: ${code ?? (err as Error).message}`,
        ),
      );
      continue;
    }
    if (st.isDirectory()) walk(abs, out, errors);
    else out.add(abs);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function walk(dir: string, out: Set<string>, errors: InputError[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(
      new InputError(
        displayPath(dir),
        `文件夹无法读取，其中的草稿未检查 / folder cannot be read, its drafts were not checked: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      ),
    );
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(path, out, errors);
    } else if (e.name.endsWith('.case.md')) {
      if (e.isFile()) out.add(path);
      // A link may lead out of the folder (or in a circle); a FIFO or device is no draft.
      else
        errors.push(
          new InputError(
            displayPath(path),
            e.isSymbolicLink()
              ? '是符号链接，未跟随；请直接指定它所指的文件 / is a symbolic link, not followed; name its target instead'
              : '不是普通文件，未检查 / is not a regular file, not checked',
          ),
        );
    }
  }
}

/** The path as shown to people and in JSON: relative to the working folder, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs) || abs;
  return rel.split(sep).join('/');
}

/** A path with its symbolic links followed; one that does not exist, its folder's (or as given). */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync.native(abs);
  } catch {
    const up = dirname(abs);
    return up === abs ? abs : join(realPath(up), basename(abs));
  }
}

/**
 * Whether a path lies inside one of the folders once links are followed: a link in the folder to
 * a file outside it is outside, and so is `../` out of it. The boundary of an untrusted folder.
 */
export function isWithin(path: string, folders: readonly string[]): boolean {
  const real = realPath(path);
  return folders.some((folder) => {
    const rel = relative(realPath(folder), real);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  });
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
/** Config and data files (casedraft.config.json, catalogs, dictionaries) above this are refused. */
export const MAX_DATA_BYTES = 10 * 1024 * 1024;

/** What a path is when it is not a regular file: the reason it is refused, in both languages. */
function notRegular(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return '是文件夹，不是文件 / is a folder, not a file';
  if (st.isFIFO()) return '是命名管道（FIFO），不是普通文件 / is a FIFO (named pipe), not a regular file';
  if (st.isCharacterDevice() || st.isBlockDevice())
    return '是设备文件，不是普通文件 / is a device, not a regular file';
  if (st.isSocket()) return '是套接字，不是普通文件 / is a socket, not a regular file';
  return '不是普通文件 / is not a regular file';
}

/** A size as the messages give it: the file's to a tenth of a MB, a limit as set (10 MB). */
const mb = (bytes: number, exact = false) => `${exact ? bytes / 1048576 : (bytes / 1048576).toFixed(1)} MB`;

/**
 * Reads a regular file of at most `limit` bytes, or explains why not. Every file CaseDraft reads
 * comes through here: a FIFO would block the read forever and /dev/zero would fill memory, so the
 * file is opened without blocking, checked on the open descriptor (no race with a swap of the
 * path), and never read past the limit, even if it grows or its size was a lie (/proc).
 */
export function readRegular(abs: string, limit: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    const why = notRegular(st);
    if (why) throw new InputError(displayPath(abs), why);
    const tooLarge = (size: string) =>
      new InputError(
        displayPath(abs),
        `文件过大（${size}，上限 ${mb(limit, true)}） / too large (${size}, limit ${mb(limit, true)})`,
      );
    if (st.size > limit) throw tooLarge(mb(st.size));
    // One buffer of the stated size and a byte more, so that the read which finds the end needs
    // no other; grown (never past limit + 1) when the size was a lie or the file grew.
    let buf = Buffer.allocUnsafe(Math.min(st.size > 0 ? st.size + 1 : 64 * 1024, limit + 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(grown, 0, 0, length);
        buf = grown;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw tooLarge(`> ${mb(limit, true)}`);
    }
    return buf.subarray(0, length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      displayPath(abs),
      `无法读取 / cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** UTF-8 text of a file, or why it is not: binary content or another encoding. */
function readText(abs: string, limit: number): string {
  const buf = readRegular(abs, limit);
  if (buf.subarray(0, 8192).includes(0)) {
    throw new InputError(
      displayPath(abs),
      '不是文本文件（含有二进制内容） / not a text file (binary content)',
    );
  }
  if (!isUtf8(buf)) throw new InputError(displayPath(abs), '不是 UTF-8 编码的文本 / not UTF-8 text');
  // As a TextDecoder reads it: a byte order mark is not text.
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return buf.toString('utf8', bom);
}

/** Reads a draft as UTF-8 text, or explains in both languages why it cannot be one. */
export function readDraft(abs: string): string {
  return readText(abs, MAX_DRAFT_BYTES);
}

/** An original to import (.docx, .html, .txt) as bytes, within the limit of its type. */
export function readImportSource(abs: string): Uint8Array {
  return readRegular(abs, importFormatOf(abs) === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES);
}

/** A JSON file (config, catalog, dictionary); `what` names its kind in the message when it is not JSON. */
export function readJson(abs: string, what: { zh: string; en: string }): unknown {
  const text = readText(abs, MAX_DATA_BYTES);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(
      abs,
      `${what.zh}不是有效的 JSON / the ${what.en} is not valid JSON: ${jsonProblem(err, text)}`,
    );
  }
}

/**
 * Where a JSON file stops parsing, without its bytes: V8's message quotes the text ("SECRET…" is
 * not valid JSON), and a config may name any file, so its content must not reach a log or a
 * notification. The position, when V8 gives one, is turned into a line and column.
 */
function jsonProblem(err: unknown, text: string): string {
  const at = /at position (\d+)/.exec((err as Error).message);
  if (!at) return 'JSON 语法错误 / JSON syntax error';
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列语法错误 / syntax error at line ${line}, column ${column}`;
}

/** The same file: one path resolving to the other through links, or a hard link of it. */
function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** Replace a file that is already there (`--force`); otherwise an existing file is an error. */
  overwrite?: boolean;
  /** Files this write must never replace: the inputs it was made from. */
  inputs?: readonly string[];
}

/**
 * Writes a file so that nothing is destroyed: a reader never sees half a file and a failure
 * leaves no file at all, only an InputError (exit 2) naming the path. The temporary file is
 * created exclusively (O_EXCL) under a random name in the target's folder, so a link planted at a
 * predictable name cannot redirect the write; it is flushed to disk before the rename. The target
 * is never one of the inputs (also through a symbolic or hard link), and an existing file is
 * replaced only when `overwrite` says so.
 */
export function writeAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const fail = (why: string) => new InputError(displayPath(path), why);
  if ((options.inputs ?? []).some((input) => resolve(input) === resolve(path) || sameFile(input, path)))
    throw fail('输出文件就是输入文件，不会覆盖 / the output is the input itself; it is not overwritten');
  if (options.overwrite === false && existsSync(path))
    throw fail('文件已存在；加 --force 替换它 / already exists; add --force to replace it');
  // node:crypto (and the streams it loads) only when a run writes: ≈ 3 ms of a CLI start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
  const { randomBytes } = require('node:crypto') as typeof Crypto;
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(tmp, 'wx', 0o644);
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    if (existsSync(tmp)) unlinkSync(tmp);
    throw fail(
      `无法写入 / cannot be written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}
