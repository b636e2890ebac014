import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { lintModel } from '../core/engine';
import { fixText } from '../core/fixes';
import type { CaseModel } from '../core/model';
import { parseCase } from '../core/parse';
import type { Rule } from '../core/rule';
import type { ArchivedDecision } from '../core/archive';
import { ImportError, importDocument, importFormatOf, type ImportedDraft } from '../core/import';
import type { CaseDiagnostic, Locale, LocalizedText } from '../core/types';
import { InMemoryWorkspace, type Workspace } from '../core/workspace';
import { ambiguousCaseNumbers, caseFileOf, caseFiles, folderOf, type CaseFile } from '../core/case';
import { allRules } from '../rules';
import { Environments, type Environment } from '../host/environment';
import { ArchiveConfigError, loadArchive } from '../host/archive';
import { ConfigFinder, loadConfigFile } from '../host/config';
import {
  discover,
  displayPath,
  exists,
  InputError,
  readDraft,
  readImportSource,
  writeAtomic,
} from '../host/files';
import type { FileResult, ImportedPositions } from './format';

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
  /** Originals (.docx, .html, .txt) imported in memory, by path: linted as their drafts. */
  imported?: ReadonlyMap<string, ImportedDraft>;
  /** Earlier decisions of the agencies' archives (casedraft.config.json `archive`). */
  archive?: readonly ArchivedDecision[];
  /** --fix: apply the certain fixes and write each fixed draft back (docs/cli.md). */
  fix?: boolean;
}

/** A draft read for a run: where it is, its text (and, for an imported original, its import). */
export interface Draft {
  abs: string;
  text: string;
  imported?: ImportedDraft;
}

/**
 * Checks drafts as one workspace: every file is parsed first, so that cross-document rules
 * (an earlier decision against the same party) see all of them.
 */
export function runLint(o: LintRunOptions): LintRun {
  const inputErrors: InputError[] = [];
  const files = discover(o.paths, inputErrors);
  // An imported original is linted here, where its draft and its map to the original are; a fixed
  // draft too, as its text changes between passes.
  const parallel = o.imported?.size || o.fix ? undefined : startWorkers(files.length, o);
  if (parallel) {
    const run = parallel(files, inputErrors);
    if (run) return run;
  }
  const drafts: Draft[] = [];
  for (const abs of files) {
    try {
      const imported = o.imported?.get(abs);
      drafts.push(imported ? { abs, text: imported.text, imported } : { abs, text: readDraft(abs) });
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
  const models = drafts.map((d) => d.imported?.model ?? parseCase(d.text, pathToUri(d.abs)));
  const workspace = new InMemoryWorkspace(models, o.archive);
  const environments = new Environments();
  const results: FileResult[] = [];
  drafts.forEach((d, i) => {
    const env = environmentOf(environments, d.abs, o.configPath);
    if (env instanceof InputError) {
      if (!inputErrors.some((e) => e.file === env.file)) inputErrors.push(env);
      return;
    }
    const file = displayPath(d.abs);
    // --fix writes drafts back; an original (.docx …) is only linted, never rewritten.
    if (o.fix && !d.imported) {
      const fixed = fixDraft(d, env, file, o, workspace);
      if (fixed instanceof InputError) inputErrors.push(fixed);
      else results.push(fixed);
    } else {
      const result = lintIn(env, models[i]!, file, o, workspace);
      if (d.imported) result.imported = importedPositions(d.imported, result.diagnostics);
      results.push(result);
    }
    o.onProgress?.(i + 1, drafts.length);
  });
  return { results, inputErrors };
}

export interface LintInputs {
  imported: Map<string, ImportedDraft>;
  archive: ArchivedDecision[];
  /** Archive files that could not be read: reported once per run, on stderr; not an input error. */
  archiveProblems: { file: string; message: LocalizedText }[];
  inputErrors: InputError[];
}

/**
 * What runLint needs that takes I/O it cannot do synchronously: the originals named on the
 * command line (.docx, .html, .txt), imported in memory, and the archive of every config the
 * drafts use, read (or re-checked) through its cache outside the archive.
 */
export async function prepareLint(paths: string[], configPath: string | undefined): Promise<LintInputs> {
  const inputs: LintInputs = { imported: new Map(), archive: [], archiveProblems: [], inputErrors: [] };
  const files = discover(paths, []);
  for (const abs of files) {
    if (!importFormatOf(abs)) continue;
    try {
      inputs.imported.set(abs, await importDocument(basename(abs), readImportSource(abs), pathToUri(abs)));
    } catch (err) {
      if (err instanceof ImportError)
        inputs.inputErrors.push(new InputError(displayPath(abs), `${err.text.zh} / ${err.text.en}`));
      else if (err instanceof InputError) inputs.inputErrors.push(err);
      else throw err;
    }
  }
  const finder = new ConfigFinder();
  const configs = new Set(files.map((f) => configPath ?? finder.find(f)).filter((c): c is string => !!c));
  for (const c of configs) {
    let config;
    try {
      config = loadConfigFile(c);
    } catch {
      continue; // runLint reports a broken config for the drafts that use it
    }
    if (!config.archive?.length) continue;
    try {
      const index = await loadArchive({
        baseDir: dirname(c),
        patterns: config.archive,
        cacheDir: config.archiveCache,
      });
      inputs.archive.push(...index.decisions);
      inputs.archiveProblems.push(
        ...index.problems.map((p) => ({ file: displayPath(p.file), message: p.message })),
      );
    } catch (err) {
      if (err instanceof ArchiveConfigError)
        inputs.inputErrors.push(new InputError(displayPath(c), `${err.text.zh} / ${err.text.en}`));
      else throw err;
    }
  }
  return inputs;
}

/** Where each finding on an imported original is in it: paragraph and column, start and end. */
function importedPositions(draft: ImportedDraft, diagnostics: readonly CaseDiagnostic[]): ImportedPositions {
  const at = (offset: number) => draft.original(offset) ?? { paragraph: 1, character: 0 };
  return {
    format: draft.format,
    positions: diagnostics.map((d) => ({
      start: at(d.span.start),
      end: at(Math.max(d.span.start, d.span.end)),
    })),
  };
}

/**
 * --fix on one draft: fixes applied pass by pass (core/fixes.ts), the draft written back whole
 * (writeAtomic) only when it changed, and only when nobody changed the file since it was read.
 * The result holds the findings of the fixed text, and how many fixes were applied.
 */
function fixDraft(
  d: Draft,
  env: Environment,
  file: string,
  o: Omit<LintRunOptions, 'paths'>,
  workspace: InMemoryWorkspace,
): FileResult | InputError {
  const uri = pathToUri(d.abs);
  let result: FileResult | undefined;
  const out = fixText(d.text, (text) => {
    const model = parseCase(text, uri);
    workspace.set(model);
    result = lintIn(env, model, file, o, workspace);
    return result.diagnostics;
  });
  if (!out.fixed) return result!;
  try {
    if (readDraft(d.abs) !== d.text)
      return new InputError(
        file,
        '文件在修复期间被修改，未写入 / the file changed while being fixed; not written',
      );
    writeAtomic(d.abs, out.text);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  return { ...result!, fixed: out.fixed };
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
/**
 * The fewest cores on which a run uses threads by default. Measured on 2 cores (1,000 and 2,000
 * drafts), two threads were slower than one and cost 1.5–2.8 s more CPU.
 */
const MIN_PARALLEL_CORES = 4;
/** A worker that has not answered by then is given up on, and the run falls back to one thread. */
const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

/** One draft for a worker: its index in the sorted run (and in `drafts`), where it is. */
export interface WorkerJob {
  index: number;
  abs: string;
}
export interface WorkerTask {
  jobs: WorkerJob[];
  /** Every draft of the run: cross-document rules read the others (sliceWorkspace says how much of each). */
  drafts: { uri: string; text: string }[];
  /** The archive's earlier decisions, for the same rules. */
  archive: readonly ArchivedDecision[];
  /** --config, for every draft; else each draft's nearest config applies. */
  configPath?: string;
  locale?: Locale;
  fallbackLocale?: Locale;
}
export type SliceResult = {
  index: number;
  result?: FileResult;
  inputError?: { file: string; message: string };
};
export type WorkerReply = { ok: true; results: SliceResult[] } | { ok: false; message: string };

/**
 * Lints one thread's slice of a parallel run (the main thread's or a worker's) with every
 * built-in rule, against a workspace of every draft of the run.
 */
export function lintSlice(task: WorkerTask): SliceResult[] {
  const jobs = task.jobs.map((job) => ({
    job,
    model: parseCase(task.drafts[job.index]!.text, task.drafts[job.index]!.uri),
  }));
  const workspace = sliceWorkspace(
    task,
    jobs.map((j) => j.model),
  );
  const environments = new Environments();
  const results: SliceResult[] = [];
  for (const { job, model } of jobs) {
    const env = environmentOf(environments, job.abs, task.configPath);
    if (env instanceof InputError) {
      results.push({ index: job.index, inputError: { file: env.file, message: env.message } });
      continue;
    }
    results.push({
      index: job.index,
      result: lintIn(env, model, displayPath(job.abs), { ...task, rules: allRules }, workspace),
    });
  }
  return results;
}

/**
 * The workspace a slice is linted against. Its own drafts are the very models it lints (case
 * rules find a draft in its case by identity). The others are read from their front matter, which
 * is all that procedure/prior-violation reads of another draft and all that groups drafts into
 * cases (YAML is most of a small draft's parse); then the documents of every case a draft of the
 * slice is in, or is ambiguous between (case/ambiguous), are parsed in full, as the case rules
 * read their bodies too.
 */
function sliceWorkspace(task: WorkerTask, own: readonly CaseModel[]): InMemoryWorkspace {
  const mine = new Map(own.map((m) => [m.uri, m]));
  const workspace = new InMemoryWorkspace(
    task.drafts.map((d) => mine.get(d.uri) ?? parseCase(frontMatterBlock(d.text), d.uri)),
    task.archive,
  );
  const read = new Set<string>();
  const readCase = (file: CaseFile | undefined) =>
    file?.documents.forEach((d) => void (mine.has(d.uri) || read.add(d.uri)));
  for (const m of own) {
    readCase(caseFileOf(workspace, m.uri));
    const numbers = ambiguousCaseNumbers(workspace, m.uri);
    if (numbers?.length)
      for (const c of caseFiles(workspace))
        if (c.folder === folderOf(m.uri) && c.caseNo && numbers.includes(c.caseNo)) readCase(c);
  }
  for (const d of task.drafts) if (read.has(d.uri)) workspace.set(parseCase(d.text, d.uri));
  return workspace;
}

/**
 * Lints on worker threads (dist/worker.js) when the run is big enough, the machine has cores to
 * spare (MIN_PARALLEL_CORES, or CASEDRAFT_WORKERS) and the caller uses the built-in rules. Returns undefined to lint on this thread alone.
 *
 * The run is cut into one contiguous slice per core: this thread lints the first while the
 * workers lint the others, so a run on N cores starts N − 1 workers (each loads the whole bundle
 * and the law database again). runLint stays synchronous for its callers: once its own slice is
 * done, this thread blocks on Atomics.wait and takes the replies with receiveMessageOnPort.
 */
function startWorkers(
  fileCount: number,
  o: LintRunOptions,
): ((files: string[], inputErrors: InputError[]) => LintRun | undefined) | undefined {
  if (fileCount < WORKER_MIN_FILES) return undefined;
  // Loaded by a run big enough for threads: node:worker_threads costs a one-file run ≈ 2 ms.
  const { MessageChannel, receiveMessageOnPort, Worker } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
    require('node:worker_threads') as typeof WorkerThreads;
  const script = join(__dirname, 'worker.js');
  const cores = Math.min(availableParallelism(), 8);
  // On fewer cores a second thread costs more than it saves (docs/performance.md: its start, a JIT
  // and text caches of its own): one thread, unless CASEDRAFT_WORKERS asks for more.
  const byDefault = cores >= MIN_PARALLEL_CORES ? cores : 1;
  const wanted =
    process.env.CASEDRAFT_WORKERS === undefined ? byDefault : Number(process.env.CASEDRAFT_WORKERS);
  // Threads, this one included: each has at least half the minimum run to lint.
  const threads = Math.min(wanted, Math.floor(fileCount / (WORKER_MIN_FILES / 2)));
  if (!(threads >= 2) || fileCount < WORKER_MIN_FILES || o.rules !== allRules || !exists(script))
    return undefined;
  // Started before the files are read, so their bundle loads while this thread reads.
  const done = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { port: port2, done }, transferList: [port2] });
    return { worker, port: port1 };
  });
  const stop = () => workers.forEach((w) => void w.worker.terminate());
  return (files, inputErrors) => {
    const jobs: WorkerJob[] = [];
    const drafts: WorkerTask['drafts'] = [];
    const readErrors: InputError[] = [];
    for (const abs of files) {
      try {
        const text = readDraft(abs);
        jobs.push({ index: jobs.length, abs });
        drafts.push({ uri: pathToUri(abs), text });
      } catch (err) {
        if (err instanceof InputError) readErrors.push(err);
        else {
          stop();
          throw err;
        }
      }
    }
    // Contiguous slices: neighbouring files tend to share a config, so each env loads once per thread.
    const per = Math.ceil(jobs.length / threads);
    const task = (i: number): WorkerTask => ({
      jobs: jobs.slice(i * per, (i + 1) * per),
      drafts,
      archive: o.archive ?? [],
      configPath: o.configPath,
      locale: o.locale,
      fallbackLocale: o.fallbackLocale,
    });
    workers.forEach((w, i) => w.worker.postMessage(task(i + 1)));
    let own: SliceResult[];
    try {
      own = lintSlice(task(0));
    } catch (err) {
      stop();
      throw err;
    }
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    while (Atomics.load(done, 0) < workers.length && Date.now() < deadline) {
      Atomics.wait(done, 0, Atomics.load(done, 0), 1000);
    }
    const replies = workers.map((w) => receiveMessageOnPort(w.port)?.message as WorkerReply | undefined);
    stop();
    if (replies.some((r) => !r || !r.ok)) return undefined;
    const slots: (FileResult | undefined)[] = new Array(jobs.length);
    const configErrors: InputError[] = [];
    const sliced = [own, ...(replies as Extract<WorkerReply, { ok: true }>[]).map((r) => r.results)];
    for (const x of sliced.flat()) {
      if (x.result) slots[x.index] = x.result;
      else if (x.inputError && !configErrors.some((e) => e.file === x.inputError!.file)) {
        configErrors.push(new InputError(x.inputError.file, x.inputError.message));
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
