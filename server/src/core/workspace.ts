import type { ArchivedDecision } from './archive';
import type { CaseModel } from './model';

export interface WorkspaceDocument {
  uri: string;
  model: CaseModel;
}

export interface Disposable {
  dispose(): void;
}

type Listener<E> = (event: E) => void;

/** A document of the workspace changed: its model now, and the model it replaced. */
export interface WorkspaceChange {
  doc: WorkspaceDocument;
  previous: CaseModel;
}

/**
 * Every draft a run sees: the CLI's paths, or the language server's workspace folders and open
 * documents. Rules read it synchronously (`documents`, `get`); what is derived from all of its
 * drafts (the party index, case folders, the archive index) subscribes to its events and updates
 * itself from the one document that changed instead of rescanning every draft — as
 * vscode-markdown-languageservice's IWorkspace does for its caches.
 */
export interface Workspace {
  documents(): Iterable<WorkspaceDocument>;
  get(uri: string): WorkspaceDocument | undefined;
  /** Earlier decisions of the agency's archive (casedraft.config.json `archive`), when it has one. */
  archived?(): readonly ArchivedDecision[];
  onDidCreate(listener: Listener<WorkspaceDocument>): Disposable;
  onDidChange(listener: Listener<WorkspaceChange>): Disposable;
  onDidDelete(listener: Listener<WorkspaceDocument>): Disposable;
}

class Emitter<E> {
  private readonly listeners = new Set<Listener<E>>();

  on(listener: Listener<E>): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  fire(event: E): void {
    for (const l of [...this.listeners]) l(event);
  }
}

/** A workspace held in memory: the CLI's run, the server's drafts, the tests'. */
export class InMemoryWorkspace implements Workspace {
  private readonly docs = new Map<string, WorkspaceDocument>();
  private readonly created = new Emitter<WorkspaceDocument>();
  private readonly changed = new Emitter<WorkspaceChange>();
  private readonly deleted = new Emitter<WorkspaceDocument>();

  constructor(
    models: Iterable<CaseModel> = [],
    private archive: readonly ArchivedDecision[] = [],
  ) {
    for (const m of models) this.set(m);
  }

  archived(): readonly ArchivedDecision[] {
    return this.archive;
  }

  /** The archive read again (the host re-checks it when its files or the config change). */
  setArchive(decisions: readonly ArchivedDecision[]): void {
    this.archive = decisions;
  }

  /** Adds or replaces the draft at `model.uri`; a model equal to the one held changes nothing. */
  set(model: CaseModel): void {
    const before = this.docs.get(model.uri);
    if (before?.model === model) return;
    const doc = { uri: model.uri, model };
    this.docs.set(model.uri, doc);
    if (before) this.changed.fire({ doc, previous: before.model });
    else this.created.fire(doc);
  }

  delete(uri: string): void {
    const before = this.docs.get(uri);
    if (!before) return;
    this.docs.delete(uri);
    this.deleted.fire(before);
  }

  get(uri: string): WorkspaceDocument | undefined {
    return this.docs.get(uri);
  }

  documents(): Iterable<WorkspaceDocument> {
    return this.docs.values();
  }

  onDidCreate(listener: Listener<WorkspaceDocument>): Disposable {
    return this.created.on(listener);
  }

  onDidChange(listener: Listener<WorkspaceChange>): Disposable {
    return this.changed.on(listener);
  }

  onDidDelete(listener: Listener<WorkspaceDocument>): Disposable {
    return this.deleted.on(listener);
  }
}

/**
 * Something derived from the documents of a workspace, made once per workspace and kept up to
 * date by its events: `update` gets each document that came, changed (with the model it had) or
 * went (`current` undefined).
 */
export function derivedIndex<T>(
  make: (workspace: Workspace) => T,
  update: (index: T, current: WorkspaceDocument | undefined, previous: WorkspaceDocument | undefined) => void,
): (workspace: Workspace) => T {
  const indexes = new WeakMap<Workspace, T>();
  return (workspace) => {
    let index = indexes.get(workspace);
    if (index === undefined) {
      const made = make(workspace);
      workspace.onDidCreate((doc) => update(made, doc, undefined));
      workspace.onDidChange((c) => update(made, c.doc, { uri: c.doc.uri, model: c.previous }));
      workspace.onDidDelete((doc) => update(made, undefined, doc));
      indexes.set(workspace, (index = made));
    }
    return index;
  };
}
