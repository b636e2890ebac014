/**
 * The archive on disk: the files casedraft.config.json's `archive` globs match (past decisions:
 * DOCX, HTML, text, drafts), read into the party index and cached outside the archive, so that
 * thousands of decisions are read once and re-checked in seconds. The archive is only ever read.
 *
 * A file is read again only when its size or modification time changed, and its decisions are
 * taken from the cache again when its bytes (SHA-256) did not. A file that cannot be read is
 * recorded with the reason, reported on every run that meets it — once — and skipped.
 */
import type * as Crypto from 'node:crypto';
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ARCHIVE_CACHE_VERSION,
  archivedDecisions,
  type ArchiveCacheData,
  type ArchivedDecision,
  type ArchiveFileRecord,
} from '../core/archive';
import { draftFromSource, ImportError, importFormatOf, readSource } from '../core/import';
import { parseCase } from '../core/parse';
import type { LocalizedText } from '../core/types';
import { InputError, readDraft, readImportSource, readJson, writeAtomic } from './files';

export interface ArchiveOptions {
  /** The folder of casedraft.config.json: the globs are relative to it. */
  baseDir: string;
  patterns: readonly string[];
  /** Where the index is cached (config `archiveCache`); default: the user's cache folder. */
  cacheDir?: string;
}

export interface ArchiveProblem {
  file: string;
  message: LocalizedText;
}

export interface ArchiveIndex {
  decisions: ArchivedDecision[];
  /** Files that could not be read, each once, with the reason. */
  problems: ArchiveProblem[];
  /** Files the globs matched (of the types read), and how many were read this time. */
  files: number;
  read: number;
  cacheFile: string;
}

/** The user's cache folder: CASEDRAFT_CACHE_DIR, else the platform's (XDG, Library/Caches, LOCALAPPDATA). */
export function userCacheDir(): string {
  if (process.env.CASEDRAFT_CACHE_DIR) return resolve(process.env.CASEDRAFT_CACHE_DIR);
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'casedraft', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'casedraft');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'casedraft');
}

const isDraft = (f: string) => f.toLowerCase().endsWith('.case.md');
const readable = (f: string) => isDraft(f) || importFormatOf(f) !== undefined;

/** SHA-256 in hex; node:crypto (and the streams it loads) is loaded by a run with an archive only. */
function sha256(data: string | Uint8Array): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
  const { createHash } = require('node:crypto') as typeof Crypto;
  return createHash('sha256').update(data).digest('hex');
}

/** Reads (or re-checks) the archive; never writes inside it. */
export async function loadArchive(o: ArchiveOptions): Promise<ArchiveIndex> {
  // Loaded by the first run that has an archive: tinyglobby (fdir, picomatch) costs every start ≈ 5 ms.
  const { globSync, isDynamicPattern } = await import('tinyglobby');
  const cacheDir = o.cacheDir ? resolve(o.baseDir, o.cacheDir) : userCacheDir();
  const key = sha256([resolve(o.baseDir), ...o.patterns].join('\0')).slice(0, 16);
  const cacheFile = join(cacheDir, `archive-${key}.json`);
  const roots = o.patterns.map((p) => resolve(o.baseDir, staticBase(p, isDynamicPattern)));
  const inside = roots.find((r) => r === cacheDir || isInside(cacheDir, r));
  if (inside)
    throw new ArchiveConfigError({
      zh: `档案索引的缓存目录 ${cacheDir} 在档案目录 ${inside} 之内；档案目录只读不写，请在 archiveCache 中另指定目录`,
      en: `the archive index's cache folder ${cacheDir} is inside the archive ${inside}, which is never written to: set archiveCache to a folder outside it`,
    });

  const old = readCache(cacheFile);
  const matched = globSync([...o.patterns], {
    cwd: o.baseDir,
    absolute: true,
    onlyFiles: true,
    dot: false,
  }).sort();
  const files = matched.filter(readable);
  const others = matched.length - files.length;
  const next: ArchiveCacheData = { version: ARCHIVE_CACHE_VERSION, files: {} };
  const problems: ArchiveProblem[] = [];
  let read = 0;
  for (const file of files) {
    const record = await recordOf(file, old.files[file], () => read++);
    next.files[file] = record;
    if (record.error) problems.push({ file, message: record.error });
  }
  if (others)
    problems.push({
      file: o.baseDir,
      message: {
        zh: `档案中另有 ${others} 个不能读取的类型的文件（可读取 .docx、.html、.htm、.txt、.case.md），已跳过`,
        en: `${others} file(s) of types that cannot be read were skipped (readable: .docx, .html, .htm, .txt, .case.md)`,
      },
    });
  if (read || Object.keys(old.files).length !== files.length || old.version !== ARCHIVE_CACHE_VERSION)
    writeCache(cacheFile, next);
  const decisions = files.flatMap((f) =>
    next.files[f]!.decisions.map((d) => ({ ...d, uri: pathToFileURL(f).href })),
  );
  return { decisions, problems, files: files.length, read, cacheFile };
}

export class ArchiveConfigError extends Error {
  constructor(readonly text: LocalizedText) {
    super(`${text.zh} / ${text.en}`);
  }
}

/** One file's record: the cached one while size and time (or else the bytes) are unchanged. */
async function recordOf(
  file: string,
  cached: ArchiveFileRecord | undefined,
  onRead: () => void,
): Promise<ArchiveFileRecord> {
  let size: number;
  let mtimeMs: number;
  try {
    const st = statSync(file);
    size = st.size;
    mtimeMs = st.mtimeMs;
  } catch (err) {
    return failed(0, 0, '', cannotRead(err));
  }
  if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached;
  const uri = pathToFileURL(file).href;
  // Read through the host's readers: the limits of each type, the reasons in both languages.
  let content: { text: string } | { bytes: Uint8Array };
  try {
    content = isDraft(file) ? { text: readDraft(file) } : { bytes: readImportSource(file) };
  } catch (err) {
    if (err instanceof InputError) return failed(size, mtimeMs, '', { zh: err.message, en: err.message });
    throw err;
  }
  onRead();
  const hash = sha256('text' in content ? content.text : content.bytes);
  if (cached && cached.hash === hash) return { ...cached, size, mtimeMs };
  try {
    let decisions: ArchivedDecision[];
    if ('text' in content) decisions = archivedDecisions(parseCase(content.text, uri), uri);
    else {
      const draft = draftFromSource(basename(file), await readSource(basename(file), content.bytes), uri);
      decisions = archivedDecisions(draft.model, uri, draft.parties);
    }
    return { size, mtimeMs, hash, decisions: decisions.map(({ uri: _, ...d }) => d) };
  } catch (err) {
    if (err instanceof ImportError) return failed(size, mtimeMs, hash, err.text);
    throw err;
  }
}

function failed(size: number, mtimeMs: number, hash: string, error: LocalizedText): ArchiveFileRecord {
  return { size, mtimeMs, hash, decisions: [], error };
}

function cannotRead(err: unknown): LocalizedText {
  const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return { zh: `无法读取：${code}`, en: `cannot be read: ${code}` };
}

function readCache(file: string): ArchiveCacheData {
  try {
    const data = readJson(file, { zh: '档案索引缓存', en: 'archive index cache' }) as ArchiveCacheData;
    if (data.version === ARCHIVE_CACHE_VERSION && data.files && typeof data.files === 'object') return data;
  } catch {
    // No cache yet, or one another version wrote: the archive is read afresh.
  }
  return { version: ARCHIVE_CACHE_VERSION, files: {} };
}

function writeCache(file: string, data: ArchiveCacheData): void {
  try {
    writeAtomic(file, JSON.stringify(data));
  } catch {
    // A cache that cannot be written costs the next run time, not correctness.
  }
}

/** The folder a glob starts from: its segments before the first with a wildcard. */
function staticBase(pattern: string, isDynamic: (segment: string) => boolean): string {
  const parts = pattern.split(/[\\/]/);
  const k = parts.findIndex((p) => isDynamic(p));
  const base = (k < 0 ? parts.slice(0, -1) : parts.slice(0, k)).join('/');
  return base || '.';
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}
