// A lint worker for big CLI runs (see startWorkers in lint.ts): lints its slice of the drafts
// with every built-in rule, against a workspace of every draft of the run.
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { lintSlice, type WorkerReply, type WorkerTask } from './lint';

const { port, done } = workerData as { port: MessagePort; done: Int32Array };

parentPort!.once('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, results: lintSlice(task) };
  } catch (err) {
    reply = { ok: false, message: (err as Error).message };
  }
  // Post first, then count: the main thread reads the port as soon as the count is complete.
  port.postMessage(reply);
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
