// A lint worker for big CLI runs (see startWorkers in lint.ts): lints its slice of the drafts
// with every built-in rule, against a workspace of every draft of the run.
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { parseCase } from '../core/parse';
import { folderOf } from '../core/case';
import type { CaseModel } from '../core/model';
import { InMemoryWorkspace, type Workspace } from '../core/workspace';
import { allRules } from '../rules';
import { Environments } from '../host/environment';
import { displayPath, InputError } from '../host/files';
import { environmentOf, frontMatterBlock, lintIn, type WorkerReply, type WorkerTask } from './lint';

/**
 * The workspace a worker lints its slice against. Its own drafts are the very models it lints
 * (case rules find a draft in its case by identity). Of the others, a draft in the folder of one
 * of its own is parsed in full (case rules read the other documents of a case folder, bodies
 * included); the rest only from their front matter, which is all procedure/prior-violation reads
 * of another draft: YAML is most of a small draft's parse.
 */
function workerWorkspace(task: WorkerTask, own: readonly CaseModel[]): Workspace {
  const mine = new Map(own.map((m) => [m.uri, m]));
  const folders = new Set(own.map((m) => folderOf(m.uri)));
  return new InMemoryWorkspace(
    task.drafts.map(
      (d) =>
        mine.get(d.uri) ?? parseCase(folders.has(folderOf(d.uri)) ? d.text : frontMatterBlock(d.text), d.uri),
    ),
    task.archive,
  );
}

const { port, done } = workerData as { port: MessagePort; done: Int32Array };

parentPort!.once('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const jobs = task.jobs.map((job) => ({
      job,
      model: parseCase(task.drafts[job.index]!.text, task.drafts[job.index]!.uri),
    }));
    const workspace = workerWorkspace(
      task,
      jobs.map((j) => j.model),
    );
    const environments = new Environments();
    const results: Extract<WorkerReply, { ok: true }>['results'] = [];
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
    reply = { ok: true, results };
  } catch (err) {
    reply = { ok: false, message: (err as Error).message };
  }
  // Post first, then count: the main thread reads the port as soon as the count is complete.
  port.postMessage(reply);
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
