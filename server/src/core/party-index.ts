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
import type { Workspace, WorkspaceDocument } from './workspace';

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

export class PartyIndex {
  private readonly byParty = new Map<string, IndexedDecision[]>();
  private readonly seen = new WeakSet<WorkspaceDocument>();

  constructor(workspace: Workspace) {
    for (const doc of workspace.documents()) {
      this.seen.add(doc);
      const f = doc.model.facts;
      if (!f.文书 || !DECISIONS.has(f.文书)) continue;
      const partyId = partyIdOf(doc.model);
      if (!partyId) continue;
      this.add({
        uri: doc.uri,
        model: doc.model,
        partyId,
        field: f.领域,
        laws: [],
        文号: f.文号,
        decided: f.程序?.决定,
        noPenalty: f.文书 === '不予行政处罚决定书',
      });
    }
    for (const d of workspace.archived?.() ?? []) this.add(d);
  }

  private add(d: IndexedDecision | ArchivedDecision): void {
    const list = this.byParty.get(d.partyId) ?? [];
    list.push(d);
    this.byParty.set(d.partyId, list);
  }

  has(doc: WorkspaceDocument): boolean {
    return this.seen.has(doc);
  }

  /**
   * Decisions against the party, optionally in one field, in date order. An archived decision
   * that states no field is in the field of the catalog entries whose laws it cites.
   */
  decisions(partyId: string, field?: string, catalog?: Catalog): IndexedDecision[] {
    return (this.byParty.get(partyId) ?? [])
      .filter(
        (d) =>
          field === undefined ||
          d.field === field ||
          (d.model === undefined && catalog !== undefined && fieldOf(d, catalog) === field),
      )
      .sort((a, b) => (a.decided ?? '').localeCompare(b.decided ?? ''));
  }
}

/** One index per workspace object and per set of documents; rebuilt when the workspace changes. */
const cache = new WeakMap<Workspace, { key: string; index: PartyIndex }>();

export function partyIndex(workspace: Workspace): PartyIndex {
  const docs = [...workspace.documents()];
  // The key changes when a draft is added, removed or re-parsed (a new model object per parse),
  // or when the archive is read again.
  const key = `${docs.map((d) => `${d.uri}#${d.model.text.length}`).join('|')}|${workspace.archived?.().length ?? 0}`;
  const hit = cache.get(workspace);
  if (hit && hit.key === key && docs.every((d) => hit.index.has(d))) return hit.index;
  const index = new PartyIndex(workspace);
  cache.set(workspace, { key, index });
  return index;
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
