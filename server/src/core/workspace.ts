import type { ArchivedDecision } from './archive';
import type { CaseModel } from './model';

export interface WorkspaceDocument {
  uri: string;
  model: CaseModel;
}

/** Every draft a run sees: the CLI's paths, or the language server's workspace folders. */
export interface Workspace {
  documents(): Iterable<WorkspaceDocument>;
  get(uri: string): WorkspaceDocument | undefined;
  /** Earlier decisions of the agency's archive (casedraft.config.json `archive`), when it has one. */
  archived?(): readonly ArchivedDecision[];
}

export class InMemoryWorkspace implements Workspace {
  private readonly docs = new Map<string, WorkspaceDocument>();

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

  set(model: CaseModel): void {
    this.docs.set(model.uri, { uri: model.uri, model });
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): WorkspaceDocument | undefined {
    return this.docs.get(uri);
  }

  documents(): Iterable<WorkspaceDocument> {
    return this.docs.values();
  }
}
