import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../core/catalog';
import { resolveConfig, type CaseDraftConfig } from '../core/config';
import { attachDictionaries, Dictionary } from '../core/dictionary';
import { lintModel } from '../core/engine';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';
import { InMemoryWorkspace } from '../core/workspace';
import { allRules } from '../rules';
import { builtinCatalog } from '../core/builtin-catalog';
import { findConfig, loadCatalogFile, loadConfigFile, loadDictionaryFile } from './config';
import { discover, displayPath, InputError, readDraft } from './files';
import type { FileResult } from './format';

export interface LintRun {
  results: FileResult[];
  /** Inputs that could not be checked (exit code 2), each with its message. */
  inputErrors: InputError[];
}

export interface LintRunOptions {
  paths: string[];
  rules: readonly Rule[];
  configPath?: string;
  /** --locale: the language of every message. */
  locale?: Locale;
  /** The language of messages when neither --locale nor a file's config names one (the shell's). */
  fallbackLocale?: Locale;
  builtinCatalog?: Catalog;
  onProgress?: (done: number, total: number) => void;
}

interface Loaded {
  file: string;
  model: CaseModel;
  configPath?: string;
}

/**
 * Checks drafts as one workspace: every file is parsed first, so that cross-document rules
 * (an earlier decision against the same party) see all of them.
 */
export function runLint(o: LintRunOptions): LintRun {
  const inputErrors: InputError[] = [];
  const files = discover(o.paths, inputErrors);
  const parallel = startWorkers(files.length, o);
  if (parallel) {
    const run = parallel(files, inputErrors);
    if (run) return run;
  }
  const loaded: Loaded[] = [];
  for (const abs of files) {
    try {
      const text = readDraft(abs);
      loaded.push({
        file: displayPath(abs),
        model: parseCase(text, pathToUri(abs)),
        configPath: o.configPath ?? findConfig(abs),
      });
    } catch (err) {
      if (err instanceof InputError) inputErrors.push(err);
      else throw err;
    }
  }
  const workspace = new InMemoryWorkspace(loaded.map((l) => l.model));
  const envFor = envCache(o.builtinCatalog);
  const results: FileResult[] = [];
  loaded.forEach((l, i) => {
    let env;
    try {
      env = envFor(l.configPath);
    } catch (err) {
      if (err instanceof InputError) {
        if (!inputErrors.some((e) => e.file === err.file)) inputErrors.push(err);
        return;
      }
      throw err;
    }
    const config = attachDictionaries(resolveConfig(env.config), env.dictionaries);
    results.push({
      file: l.file,
      diagnostics: lintModel(l.model, { rules: o.rules, config, catalog: env.catalog, workspace }),
      locale: messageLocale(o, env.config),
    });
    o.onProgress?.(i + 1, loaded.length);
  });
  return { results, inputErrors };
}

/** --locale, else the config file's `locale`, else the shell's. */
export function messageLocale(
  o: { locale?: Locale; fallbackLocale?: Locale },
  config: CaseDraftConfig,
): Locale {
  return o.locale ?? config.locale ?? o.fallbackLocale ?? 'zh-cn';
}

export interface LintEnv {
  config: CaseDraftConfig;
  catalog: Catalog;
  dictionaries: Dictionary[];
}

/** Config, catalogs and dictionaries per config file, loaded once each (shared with worker.ts). */
export function envCache(builtinCatalog: Catalog | undefined): (configPath: string | undefined) => LintEnv {
  const envs = new Map<string, LintEnv>();
  return (configPath) => {
    const key = configPath ?? '';
    let env = envs.get(key);
    if (!env) {
      const config = configPath ? loadConfigFile(configPath) : {};
      const dir = configPath ? dirname(configPath) : '';
      const extra = (config.catalogs ?? []).flatMap((c) => loadCatalogFile(dir, c));
      const dictionaries = (config.dictionaries ?? []).map((d) => loadDictionaryFile(dir, d));
      env = {
        config,
        catalog: Catalog.merge(new Catalog(extra), builtinCatalog ?? new Catalog()),
        dictionaries,
      };
      envs.set(key, env);
    }
    return env;
  };
}

/** Below this many drafts a worker's start-up (it loads the whole bundle) costs more than it saves. */
const WORKER_MIN_FILES = 200;
/** A worker that has not answered by then is given up on, and the run falls back to one thread. */
const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

/** One draft for a worker: its index in the sorted run, where it is, its text, its config. */
export interface WorkerJob {
  index: number;
  file: string;
  uri: string;
  text: string;
  configPath?: string;
}
export interface WorkerTask {
  jobs: WorkerJob[];
  /** Every draft's front-matter block: the facts cross-document rules read from other drafts. */
  heads: { uri: string; head: string }[];
  locale?: Locale;
  fallbackLocale?: Locale;
  /** Whether the run uses the built-in catalog (the only catalog a worker can rebuild itself). */
  builtin: boolean;
}
export type WorkerReply =
  | {
      ok: true;
      results: { index: number; result?: FileResult; inputError?: { file: string; message: string } }[];
    }
  | { ok: false; message: string };

/**
 * Lints on worker threads (dist/worker.js) when the run is big enough, the machine has cores to
 * spare and the caller uses the built-in rules. Returns undefined to lint on this thread.
 *
 * runLint stays synchronous for its callers: this thread blocks on Atomics.wait and takes the
 * replies with receiveMessageOnPort. Cross-document rules (procedure/prior-violation) read only
 * other drafts' front matter (core/party-index.ts), so each worker gets every draft's front-matter
 * block and parses the drafts it lints in full.
 */
function startWorkers(
  fileCount: number,
  o: LintRunOptions,
): ((files: string[], inputErrors: InputError[]) => LintRun | undefined) | undefined {
  const script = join(__dirname, 'worker.js');
  const cores = Math.min(availableParallelism(), 8);
  const wanted = process.env.CASEDRAFT_WORKERS === undefined ? cores : Number(process.env.CASEDRAFT_WORKERS);
  const count = Math.min(wanted, Math.floor(fileCount / (WORKER_MIN_FILES / 2)));
  if (
    !(count >= 2) ||
    fileCount < WORKER_MIN_FILES ||
    (o.builtinCatalog && o.builtinCatalog !== builtinCatalog()) ||
    o.rules !== allRules ||
    !existsSync(script)
  )
    return undefined;
  // Started before the files are read, so their bundle loads while this thread reads.
  const done = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { port: port2, done }, transferList: [port2] });
    return { worker, port: port1 };
  });
  const stop = () => workers.forEach((w) => void w.worker.terminate());
  return (files, inputErrors) => {
    const jobs: WorkerJob[] = [];
    const heads: WorkerTask['heads'] = [];
    const readErrors: InputError[] = [];
    for (const abs of files) {
      try {
        const text = readDraft(abs);
        const uri = pathToUri(abs);
        jobs.push({
          index: jobs.length,
          file: displayPath(abs),
          uri,
          text,
          configPath: o.configPath ?? findConfig(abs),
        });
        heads.push({ uri, head: frontMatterBlock(text) });
      } catch (err) {
        if (err instanceof InputError) readErrors.push(err);
        else {
          stop();
          throw err;
        }
      }
    }
    // Contiguous slices: neighbouring files tend to share a config, so each env loads once per worker.
    const per = Math.ceil(jobs.length / workers.length);
    workers.forEach((w, i) => {
      const task: WorkerTask = {
        jobs: jobs.slice(i * per, (i + 1) * per),
        heads,
        locale: o.locale,
        fallbackLocale: o.fallbackLocale,
        builtin: o.builtinCatalog !== undefined,
      };
      w.worker.postMessage(task);
    });
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    while (Atomics.load(done, 0) < workers.length && Date.now() < deadline) {
      Atomics.wait(done, 0, Atomics.load(done, 0), 1000);
    }
    const replies = workers.map((w) => receiveMessageOnPort(w.port)?.message as WorkerReply | undefined);
    stop();
    if (replies.some((r) => !r || !r.ok)) return undefined;
    const slots: (FileResult | undefined)[] = new Array(jobs.length);
    const configErrors: InputError[] = [];
    for (const r of replies as Extract<WorkerReply, { ok: true }>[]) {
      for (const x of r.results) {
        if (x.result) slots[x.index] = x.result;
        else if (x.inputError && !configErrors.some((e) => e.file === x.inputError!.file)) {
          configErrors.push(new InputError(x.inputError.file, x.inputError.message));
        }
      }
    }
    inputErrors.push(...readErrors, ...configErrors);
    const results = slots.filter((r): r is FileResult => r !== undefined);
    o.onProgress?.(jobs.length, jobs.length);
    return { results, inputErrors };
  };
}

/** The front-matter block of a draft (fences included), or '' when it has none. */
export function frontMatterBlock(text: string): string {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return '';
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = m[0].length;
  const c = close.exec(text);
  return c ? text.slice(0, c.index + c[0].length) : '';
}

export function pathToUri(abs: string): string {
  return pathToFileURL(abs).href;
}
