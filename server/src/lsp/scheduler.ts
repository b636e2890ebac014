import { compareDiagnostics } from '../core/engine';
import type { CaseModel } from '../core/model';
import { INTERNAL_RULE_ID } from '../core/translate';
import type { CaseDiagnostic } from '../core/types';
import type { DocumentStore } from './documents';

/** Time the officer may pause between keystrokes before the draft is re-checked. */
export const DEBOUNCE_MS = 150;
/** Drafts re-checked per turn of the event loop when work is queued for many. */
const BATCH = 8;

export interface Linted {
  version: number;
  model: CaseModel;
  diagnostics: CaseDiagnostic[];
}

export interface SchedulerHooks {
  /** Lints a model, all rules or only `only`. */
  lint(model: CaseModel, only?: ReadonlySet<string>): CaseDiagnostic[];
  publish(uri: string, linted: Linted): void;
  /** A document with no model to check (unknown, or open and too large): says so if it should. */
  unchecked(uri: string): void;
  /** Runs a step with the server's guard (a bug in one draft never stops the others). */
  guard(what: string, fn: () => void): void;
  /** How many queued drafts are left to check of the `total` of this round; 0 when it is done. */
  progress?(pending: number, total: number): void;
}

/**
 * When drafts are checked. An edit waits for a pause in typing and then checks its draft; the
 * drafts it affects (core/dependents.ts) are queued with the rules concerned and checked a few
 * per turn, so a burst of edits costs one check per draft and typing stays responsive.
 */
export class Scheduler {
  private readonly results = new Map<string, Linted>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Drafts waiting to be checked: every rule ('all') or some. */
  private readonly queue = new Map<string, Set<string> | 'all'>();
  private draining = false;
  /** The drafts of the current round of queued checks (0: no round), for `progress`. */
  private roundTotal = 0;
  /** Folders being read: queued work waits, so a draft is not re-checked once per arrival of another. */
  private holds = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly hooks: SchedulerHooks,
  ) {}

  /** The findings of the current text, checking now if the debounced check has not run yet. */
  current(uri: string): Linted | undefined {
    const l = this.results.get(uri);
    const model = this.store.modelFor(uri);
    if (!model) return undefined;
    if (l && l.model === model) return l;
    return this.check(uri, model);
  }

  /** Debounce: typing restarts the wait. */
  schedule(uri: string): void {
    this.cancelTimer(uri);
    const version = this.store.versionOf(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        // A newer version has its own timer.
        if (this.store.versionOf(uri) === version) this.hooks.guard('lint', () => this.now(uri));
      }, DEBOUNCE_MS),
    );
  }

  /** Checks and publishes a draft at once. */
  now(uri: string): void {
    this.cancelTimer(uri);
    this.queue.delete(uri);
    const model = this.store.modelFor(uri);
    if (model) this.hooks.publish(uri, this.check(uri, model));
    else this.unchecked(uri);
  }

  /** Queues drafts to check, with every rule or only some; queued work for a draft merges. */
  enqueue(uri: string, rules: ReadonlySet<string> | 'all'): void {
    const held = this.queue.get(uri);
    if (held === 'all') return;
    if (rules === 'all') this.queue.set(uri, 'all');
    else this.queue.set(uri, new Set([...(held ?? []), ...rules]));
    this.kick();
  }

  /**
   * Holds queued checks until `work` (reading folders) is done: every draft that arrives would
   * otherwise re-queue the drafts of its party and case, and a folder of n drafts cost n² checks.
   * Open documents are still checked as the officer types.
   */
  async holding(work: () => Promise<void>): Promise<void> {
    this.holds++;
    try {
      await work();
    } finally {
      this.holds--;
      this.kick();
    }
  }

  private kick(): void {
    if (!this.draining && !this.holds && this.queue.size) {
      this.draining = true;
      setImmediate(() => this.drain());
    }
  }

  /** Everything again (settings or a config changed). */
  all(): void {
    for (const uri of this.store.uris()) this.enqueue(uri, 'all');
  }

  forget(uri: string): void {
    this.cancelTimer(uri);
    this.queue.delete(uri);
    this.results.delete(uri);
  }

  private drain(): void {
    this.draining = false;
    if (this.holds) return;
    // A round runs from a queue found full to the queue empty: its total grows with what is added.
    if (!this.roundTotal) this.hooks.progress?.(this.queue.size, this.queue.size);
    this.roundTotal = Math.max(this.roundTotal, this.queue.size);
    let n = 0;
    for (const [uri, rules] of this.queue) {
      if (n++ === BATCH) break;
      this.queue.delete(uri);
      this.hooks.guard('relint', () => {
        const model = this.store.modelFor(uri);
        if (model) this.hooks.publish(uri, this.check(uri, model, rules === 'all' ? undefined : rules));
        else this.unchecked(uri);
      });
    }
    const left = this.queue.size;
    this.hooks.progress?.(left, this.roundTotal);
    if (!left) this.roundTotal = 0;
    this.kick();
  }

  /**
   * Lints a model. With `only`, the draft's other findings are kept from its last check of the
   * same model (a dependent draft whose own text did not change) and the named rules run again.
   */
  private check(uri: string, model: CaseModel, only?: ReadonlySet<string>): Linted {
    const prev = this.results.get(uri);
    let diagnostics: CaseDiagnostic[];
    if (only && prev?.model === model) {
      const rerun = (d: CaseDiagnostic) =>
        only.has(d.rule) || (d.rule === INTERNAL_RULE_ID && only.has(String(d.data?.rule)));
      diagnostics = [...prev.diagnostics.filter((d) => !rerun(d)), ...this.hooks.lint(model, only)].sort(
        compareDiagnostics,
      );
    } else diagnostics = this.hooks.lint(model);
    const l = { version: this.store.versionOf(uri), model, diagnostics };
    this.results.set(uri, l);
    return l;
  }

  private unchecked(uri: string): void {
    this.results.delete(uri);
    this.hooks.unchecked(uri);
  }

  private cancelTimer(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}
