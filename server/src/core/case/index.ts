/**
 * Case folders: the documents of a workspace grouped into cases (group.ts), each case's documents
 * in procedural order. Cached per workspace, marked stale by its events, then rebuilt reusing the
 * grouping of each folder whose drafts did not change what grouping reads (their identities): a
 * keystroke in a fact paragraph re-groups nothing.
 */
import type { CaseModel } from '../model';
import type { CrossDocument } from '../rule';
import { derivedIndex, type Workspace } from '../workspace';
import { compareDocuments, folderOf, type CaseDocument, type CaseFile } from './caseFile';
import { documentDate, kindOf } from './documents';
import { groupFolder, type FolderGrouping } from './group';
import { identityKey, identityOf } from './identity';

export * from './caseFile';
export * from './documents';
export * from './identity';
export * from './records';
export * from './newDocument';
export { contradicts, groupFolder, type FolderEntry, type FolderGrouping } from './group';

interface State {
  models: Map<string, CaseModel>;
  folders: Map<string, { key: string; grouping: FolderGrouping }>;
  files: CaseFile[];
  byUri: Map<string, CaseFile>;
  ambiguous: Map<string, string[]>;
}

/** The state of a workspace's case folders, marked stale by its events for case documents only. */
const tracked = derivedIndex(
  (): { state?: State; stale: boolean } => ({ stale: true }),
  (t, current, previous) => {
    if ((current && kindOf(current.model)) || (previous && kindOf(previous.model))) t.stale = true;
  },
);

function state(workspace: Workspace): State {
  const t = tracked(workspace);
  const old = t.state;
  if (old && !t.stale) return old;
  const docs = [...workspace.documents()].filter((d) => kindOf(d.model));

  const byFolder = new Map<string, CaseModel[]>();
  for (const d of docs) {
    const f = folderOf(d.uri);
    const list = byFolder.get(f) ?? [];
    list.push(d.model);
    byFolder.set(f, list);
  }
  const next: State = {
    models: new Map(docs.map((d) => [d.uri, d.model])),
    folders: new Map(),
    files: [],
    byUri: new Map(),
    ambiguous: new Map(),
  };
  for (const [folder, models] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    models.sort((a, b) => a.uri.localeCompare(b.uri));
    const entries = models.map((m) => ({ uri: m.uri, identity: identityOf(m) }));
    const key = entries.map((e) => `${e.uri}\u0002${identityKey(e.identity)}`).join('\u0003');
    const cached = old?.folders.get(folder);
    const grouping = cached && cached.key === key ? cached.grouping : groupFolder(entries);
    next.folders.set(folder, { key, grouping });
    for (const [uri, nos] of grouping.ambiguous) next.ambiguous.set(uri, nos);
    for (const uris of grouping.cases) {
      const file = caseFile(
        folder,
        uris.map((u) => next.models.get(u)!),
      );
      next.files.push(file);
      for (const u of uris) next.byUri.set(u, file);
    }
  }
  t.state = next;
  t.stale = false;
  return next;
}

function caseFile(folder: string, models: CaseModel[]): CaseFile {
  const documents = models
    .map((model): CaseDocument => {
      const date = documentDate(model);
      return { uri: model.uri, model, kind: kindOf(model)!, ...(date ? { date } : {}) };
    })
    .sort(compareDocuments);
  const caseNo = models.map((m) => identityOf(m).caseNo).find((n) => n);
  const latest = [...documents].reverse();
  const title =
    latest.map((d) => d.model.facts.案由).find((t) => t) ??
    latest.map((d) => d.model.facts.当事人?.名称 ?? d.model.facts.当事人?.姓名).find((t) => t);
  return {
    id: `${folder}#${caseNo ?? documents[0]!.uri.slice(folder.length + 1)}`,
    folder,
    ...(caseNo ? { caseNo } : {}),
    ...(title ? { title } : {}),
    documents,
  };
}

/**
 * What the case rules read of the other documents of a case: the drafts of one folder (the group),
 * and of each its front matter and every section but the facts (the notice's rights and basis,
 * the evidence table, the signing date …) with the line each section starts on (findings point
 * there). A keystroke in a fact paragraph changes none of it.
 */
export const caseDependency: CrossDocument = {
  groups: (model) => (kindOf(model) ? [`case-folder:${folderOf(model.uri)}`] : []),
  shared: (model) =>
    kindOf(model) && [
      model.frontMatter.span && model.text.slice(model.frontMatter.span.start, model.frontMatter.span.end),
      ...model.sections
        .filter((s) => s.name !== '违法事实')
        .map((s) => [s.text, model.lines.positionAt(s.span.start).line]),
    ],
};

/** Every case of the workspace, folder by folder. */
export function caseFiles(workspace: Workspace): readonly CaseFile[] {
  return state(workspace).files;
}

/** The case a draft belongs to; undefined for a draft of no known document type. */
export function caseFileOf(workspace: Workspace, uri: string): CaseFile | undefined {
  return state(workspace).byUri.get(uri);
}

/** For a draft without 案件编号 that matches several numbered cases of its folder: their numbers. */
export function ambiguousCaseNumbers(workspace: Workspace, uri: string): readonly string[] | undefined {
  return state(workspace).ambiguous.get(uri);
}

/** The case of a draft and the draft's place in it: what every case rule starts from. */
export function caseOfModel(
  workspace: Workspace,
  model: CaseModel,
): { file: CaseFile; doc: CaseDocument } | undefined {
  const file = caseFileOf(workspace, model.uri);
  const doc = file?.documents.find((d) => d.model === model);
  return file && doc ? { file, doc } : undefined;
}
