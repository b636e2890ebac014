import type { CaseModel } from './model';

export interface WorkspaceDocument {
  uri: string;
  model: CaseModel;
}

/** Every draft a run sees: the CLI's paths, or the language server's workspace folders. */
export interface Workspace {
  documents(): Iterable<WorkspaceDocument>;
  get(uri: string): WorkspaceDocument | undefined;
}

export class InMemoryWorkspace implements Workspace {
  private readonly docs = new Map<string, WorkspaceDocument>();

  constructor(models: Iterable<CaseModel> = []) {
    for (const m of models) this.set(m);
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
