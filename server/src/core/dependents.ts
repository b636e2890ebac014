/**
 * Which drafts a change to one draft can change the findings of. Derived from what each
 * cross-document rule declares it reads of other drafts (RuleMeta.crossDocument): a draft's
 * groups and what it shares with them. A change that leaves both as they were re-checks no other
 * draft; one that changes them re-checks the drafts of its groups, before and after, and only for
 * the rules concerned.
 */
import type { CaseModel } from './model';
import type { CrossDocument, Rule } from './rule';
import type { Disposable, Workspace, WorkspaceDocument } from './workspace';

/** Drafts to check again, each with the ids of the rules to run on it. */
export type DependentChecks = Map<string, Set<string>>;

interface Reading {
  groups: readonly string[];
  shared: string;
}

/** One reading per model and declaration: the case rules share one, and a model never changes. */
const readings = new WeakMap<CrossDocument, WeakMap<CaseModel, Reading>>();

function readingOf(dep: CrossDocument, model: CaseModel): Reading {
  let byModel = readings.get(dep);
  if (!byModel) readings.set(dep, (byModel = new WeakMap()));
  let r = byModel.get(model);
  if (!r)
    byModel.set(model, (r = { groups: dep.groups(model), shared: JSON.stringify(dep.shared(model)) ?? '' }));
  return r;
}

/**
 * Follows a workspace and tells `listener`, after each draft came, changed or went, which other
 * drafts to check again and with which rules. Group membership is kept from the events: no draft
 * is read again to answer.
 */
export function watchDependents(
  workspace: Workspace,
  rules: readonly Rule[],
  listener: (checks: DependentChecks) => void,
): Disposable {
  const deps = new Map<CrossDocument, string[]>();
  for (const r of rules) {
    const dep = r.meta.crossDocument;
    if (dep) deps.set(dep, [...(deps.get(dep) ?? []), r.meta.id]);
  }
  const members = new Map<CrossDocument, Map<string, Set<string>>>(
    [...deps.keys()].map((d) => [d, new Map()]),
  );
  const join = (dep: CrossDocument, uri: string, groups: readonly string[], add: boolean) => {
    const byGroup = members.get(dep)!;
    for (const g of groups) {
      let set = byGroup.get(g);
      if (!set) byGroup.set(g, (set = new Set()));
      if (add) set.add(uri);
      else set.delete(uri);
    }
  };
  for (const doc of workspace.documents())
    for (const dep of deps.keys()) join(dep, doc.uri, readingOf(dep, doc.model).groups, true);

  const update = (current: WorkspaceDocument | undefined, previous: WorkspaceDocument | undefined) => {
    const uri = (current ?? previous)!.uri;
    const checks: DependentChecks = new Map();
    for (const [dep, ids] of deps) {
      const before = previous && readingOf(dep, previous.model);
      const after = current && readingOf(dep, current.model);
      if (before) join(dep, uri, before.groups, false);
      if (after) join(dep, uri, after.groups, true);
      const same =
        before &&
        after &&
        before.shared === after.shared &&
        before.groups.length === after.groups.length &&
        before.groups.every((g, i) => g === after.groups[i]);
      if (same) continue;
      for (const g of new Set([...(before?.groups ?? []), ...(after?.groups ?? [])])) {
        for (const other of members.get(dep)!.get(g) ?? []) {
          if (other === uri) continue;
          let set = checks.get(other);
          if (!set) checks.set(other, (set = new Set()));
          for (const id of ids) set.add(id);
        }
      }
    }
    if (checks.size) listener(checks);
  };
  const subs = [
    workspace.onDidCreate((doc) => update(doc, undefined)),
    workspace.onDidChange((c) => update(c.doc, { uri: c.doc.uri, model: c.previous })),
    workspace.onDidDelete((doc) => update(undefined, doc)),
  ];
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
