import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { lintModel } from '../core/engine';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';
import { InMemoryWorkspace, type Workspace } from '../core/workspace';
import { allRules } from '../rules';
import { Environments, type Environment } from '../host/environment';
import { discover, displayPath, exists, InputError, readDraft } from '../host/files';
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
  onProgress?: (done: number, total: number) => void;
}

/** A draft read for a run: where it is, its text. */
export interface Draft {
  abs: string;
  text: string;
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
  const drafts: Draft[] = [];
  for (const abs of files) {
    try {
      drafts.push({ abs, text: readDraft(abs) });
    } catch (err) {
      if (err instanceof InputError) inputErrors.push(err);
      else throw err;
    }
  }
  const run = lintDrafts(drafts, o);
  return { results: run.results, inputErrors: [...inputErrors, ...run.inputErrors] };
}

/** Lints drafts already read (`casedraft export` reads its input once and lints that text). */
export function lintDrafts(drafts: readonly Draft[], o: Omit<LintRunOptions, 'paths'>): LintRun {
  const inputErrors: InputError[] = [];
  const models = drafts.map((d) => parseCase(d.text, pathToUri(d.abs)));
  const workspace = new InMemoryWorkspace(models);
  const environments = new Environments();
  const results: FileResult[] = [];
  drafts.forEach((d, i) => {
    const env = environmentOf(environments, d.abs, o.configPath);
    if (env instanceof InputError) {
      if (!inputErrors.some((e) => e.file === env.file)) inputErrors.push(env);
      return;
    }
    results.push(lintIn(env, models[i]!, displayPath(d.abs), o, workspace));
    o.onProgress?.(i + 1, drafts.length);
  });
  return { results, inputErrors };
}

/** --config FILE: its absolute path; a file that does not exist is an input error (exit 2). */
export function configOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!exists(value)) throw new InputError(value, `找不到配置文件 / config not found: ${value}`);
  return resolve(value);
}

/** The environment a CLI run checks a draft in, or the input error that stops it (exit 2). */
export function environmentOf(
  environments: Environments,
  abs: string,
  configPath: string | undefined,
): Environment | InputError {
  const env = configPath ? environments.get({ configPath }) : environments.forFile(abs);
  return env.problems[0] ?? env;
}

/** One draft's findings in its environment, with the language its messages are to be read in. */
export function lintIn(
  env: Environment,
  model: CaseModel,
  file: string,
  o: { rules: readonly Rule[]; locale?: Locale; fallbackLocale?: Locale },
  workspace: Workspace,
): FileResult {
  const { config, catalog } = env;
  return {
    file,
    diagnostics: lintModel(model, { rules: o.rules, config, catalog, workspace }),
    // --locale, else the config file's `locale`, else the shell's.
    locale:
      o.locale ?? (config.explicit.has('locale') ? config.locale : undefined) ?? o.fallbackLocale ?? 'zh-cn',
  };
}

/** Below this many drafts a worker's start-up (it loads the whole bundle) costs more than it saves. */
const WORKER_MIN_FILES = 200;
/** A worker that has not answered by then is given up on, and the run falls back to one thread. */
const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

/** One draft for a worker: its index in the sorted run, where it is, its text. */
export interface WorkerJob {
  index: number;
  abs: string;
  uri: string;
  text: string;
}
export interface WorkerTask {
  jobs: WorkerJob[];
  /** Every draft's front-matter block: the facts cross-document rules read from other drafts. */
  heads: { uri: string; head: string }[];
  /** --config, for every draft; else each draft's nearest config applies. */
  configPath?: string;
  locale?: Locale;
  fallbackLocale?: Locale;
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
  if (!(count >= 2) || fileCount < WORKER_MIN_FILES || o.rules !== allRules || !exists(script))
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
        jobs.push({ index: jobs.length, abs, uri, text });
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
        configPath: o.configPath,
        locale: o.locale,
        fallbackLocale: o.fallbackLocale,
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
