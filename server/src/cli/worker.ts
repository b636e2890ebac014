// A lint worker for big CLI runs (see startWorkers in lint.ts): lints its slice of the drafts
// with every built-in rule, against a workspace of every draft's front matter.
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { parseCase } from '../core/parse';
import { InMemoryWorkspace, type Workspace, type WorkspaceDocument } from '../core/workspace';
import { allRules } from '../rules';
import { Environments } from '../host/environment';
import { displayPath, InputError } from '../host/files';
import { environmentOf, lintIn, type WorkerReply, type WorkerTask } from './lint';

/**
 * Every draft, from its front matter only: cross-document rules read other drafts' facts, never
 * their bodies. Parsed on first use: YAML is most of a small draft's parse, and only a draft that
 * claims a first violation makes procedure/prior-violation look at the others.
 */
class HeadsWorkspace implements Workspace {
  private loaded: InMemoryWorkspace | undefined;
  constructor(
    private readonly heads: WorkerTask['heads'],
    private readonly archive: WorkerTask['archive'],
  ) {}
  private get ws(): InMemoryWorkspace {
    return (this.loaded ??= new InMemoryWorkspace(this.heads.map((h) => parseCase(h.head, h.uri))));
  }
  archived(): WorkerTask['archive'] {
    return this.archive;
  }
  documents(): Iterable<WorkspaceDocument> {
    return this.ws.documents();
  }
  get(uri: string): WorkspaceDocument | undefined {
    return this.ws.get(uri);
  }
}

const { port, done } = workerData as { port: MessagePort; done: Int32Array };

parentPort!.once('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const workspace = new HeadsWorkspace(task.heads, task.archive);
    const environments = new Environments();
    const results: Extract<WorkerReply, { ok: true }>['results'] = [];
    for (const job of task.jobs) {
      const env = environmentOf(environments, job.abs, task.configPath);
      if (env instanceof InputError) {
        results.push({ index: job.index, inputError: { file: env.file, message: env.message } });
        continue;
      }
      const model = parseCase(job.text, job.uri);
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
