/**
 * The decisions a run knows of, by party: every decision of the workspace and of the archive
 * (casedraft.config.json `archive`, core/archive.ts) indexed by the party's identifier
 * (统一社会信用代码 or 身份证号, only when its check character is right, so that a typo cannot tie
 * two parties together). procedure/prior-violation and procedure/first-violation-hint ask it for
 * earlier decisions against the same party.
 */
import { fieldOf, type ArchivedDecision } from './archive';
import { addYears } from './calendar';
import type { Catalog } from './catalog';
import { isValidIdCard, isValidUscc } from './ids';
import type { CaseModel } from './model';
import type { CrossDocument } from './rule';
import { derivedIndex, type Workspace, type WorkspaceDocument } from './workspace';

export interface IndexedDecision {
  uri: string;
  /** The draft, for a decision of the workspace; absent for one of the archive. */
  model?: CaseModel;
  partyId: string;
  field?: string;
  /** The laws an archived decision cites (its field, through the catalog, when it states none). */
  laws: string[];
  文号?: string;
  /** The decision date (程序.决定). */
  decided?: string;
  /** 不予行政处罚决定书 rather than a penalty. */
  noPenalty: boolean;
}

/** A party's valid identifier, normalised; undefined when absent or its check character is wrong. */
export function validPartyId(p: { 统一社会信用代码?: string; 身份证号?: string }): string | undefined {
  const uscc = p.统一社会信用代码?.replace(/\s+/g, '').toUpperCase();
  if (uscc && isValidUscc(uscc)) return uscc;
  const id = p.身份证号?.replace(/\s+/g, '').toUpperCase();
  if (id && isValidIdCard(id)) return id;
  return undefined;
}

/** The draft's party's valid identifier; undefined when absent or its check character is wrong. */
export function partyIdOf(model: CaseModel): string | undefined {
  return model.facts.当事人 ? validPartyId(model.facts.当事人) : undefined;
}

const DECISIONS = new Set(['行政处罚决定书', '不予行政处罚决定书']);

/** The index entry of a draft: a decision against a party with a valid identifier, else none. */
function entryOf(doc: WorkspaceDocument): IndexedDecision | undefined {
  const f = doc.model.facts;
  if (!f.文书 || !DECISIONS.has(f.文书)) return undefined;
  const partyId = partyIdOf(doc.model);
  if (!partyId) return undefined;
  return {
    uri: doc.uri,
    model: doc.model,
    partyId,
    field: f.领域,
    laws: [],
    文号: f.文号,
    decided: f.程序?.决定,
    noPenalty: f.文书 === '不予行政处罚决定书',
  };
}

export class PartyIndex {
  /** The workspace's decisions by party, then by uri: a changed draft replaces its own entry. */
  private readonly byParty = new Map<string, Map<string, IndexedDecision>>();
  /** The archive's decisions by party, rebuilt when the workspace's archive is read again. */
  private archivedByParty = new Map<string, ArchivedDecision[]>();
  private archive: readonly ArchivedDecision[] = [];

  constructor(workspace: Workspace) {
    for (const doc of workspace.documents()) this.update(doc, undefined);
  }

  /** One draft came, changed or went: only its entry is read again. */
  update(current: WorkspaceDocument | undefined, previous: WorkspaceDocument | undefined): void {
    const uri = (current ?? previous)!.uri;
    const before = previous && partyIdOf(previous.model);
    if (before) this.byParty.get(before)?.delete(uri);
    const entry = current && entryOf(current);
    if (!entry) return;
    let docs = this.byParty.get(entry.partyId);
    if (!docs) this.byParty.set(entry.partyId, (docs = new Map()));
    docs.set(uri, entry);
  }

  /** The archive the workspace holds now (a new array each time it is read again). */
  withArchive(archive: readonly ArchivedDecision[]): this {
    if (archive === this.archive) return this;
    this.archive = archive;
    this.archivedByParty = new Map();
    for (const d of archive) {
      const list = this.archivedByParty.get(d.partyId) ?? [];
      list.push(d);
      this.archivedByParty.set(d.partyId, list);
    }
    return this;
  }

  /**
   * Decisions against the party, optionally in one field, in date order. An archived decision
   * that states no field is in the field of the catalog entries whose laws it cites.
   */
  decisions(partyId: string, field?: string, catalog?: Catalog): IndexedDecision[] {
    return [...(this.byParty.get(partyId)?.values() ?? []), ...(this.archivedByParty.get(partyId) ?? [])]
      .filter(
        (d: IndexedDecision) =>
          field === undefined ||
          d.field === field ||
          (d.model === undefined && catalog !== undefined && fieldOf(d, catalog) === field),
      )
      .sort((a, b) => (a.decided ?? '').localeCompare(b.decided ?? ''));
  }
}

/**
 * What procedure/prior-violation reads of other drafts: the decisions against the same party
 * (the group), and of each the facts its index entry holds, with the line of its 文号 (a finding
 * points there).
 */
export const partyDependency: CrossDocument = {
  groups: (model) => {
    const id = partyIdOf(model);
    return id ? [`party:${id}`] : [];
  },
  shared: (model) => {
    const e = entryOf({ uri: model.uri, model });
    const at = model.frontMatter.locate(['文号']);
    return e && [e.field, e.文号, e.decided, e.noPenalty, at && model.lines.positionAt(at.start)];
  },
};

/** One index per workspace, kept up to date by its events: no draft is read twice for it. */
const workspaceIndex = derivedIndex(
  (workspace) => new PartyIndex(workspace),
  (index, current, previous) => index.update(current, previous),
);

/** The decisions of the workspace and of its archive, by party. */
export function partyIndex(workspace: Workspace): PartyIndex {
  return workspaceIndex(workspace).withArchive(workspace.archived?.() ?? []);
}

/**
 * The latest decision against the draft's party in its field, from the workspace or the archive,
 * decided before the violation and within the look-back years (Art. 33: a first violation is one
 * with none). Undefined when there is none, or when the draft lacks the party's id, the field or
 * a date to look back from.
 */
export function earlierDecision(
  model: CaseModel,
  workspace: Workspace,
  catalog: Catalog,
  lookbackYears: number,
): { prior: IndexedDecision; partyId: string; field: string } | undefined {
  const partyId = partyIdOf(model);
  const field = model.facts.领域;
  // The reference point is the violation: an earlier decision counts when it precedes it within the window.
  const when = model.facts.程序?.违法行为发生 ?? model.facts.程序?.决定;
  if (!partyId || !field || !when) return undefined;
  const from = addYears(when, -Math.ceil(lookbackYears));
  const earlier = partyIndex(workspace)
    .decisions(partyId, field, catalog)
    .filter((d) => d.uri !== model.uri && d.decided !== undefined && d.decided <= when && d.decided >= from);
  const prior = earlier[earlier.length - 1];
  return prior ? { prior, partyId, field } : undefined;
}
