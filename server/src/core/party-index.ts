/**
 * The workspace seen by party: every decision indexed by the party's identifier (统一社会信用代码 or
 * 身份证号, only when its check character is right, so that a typo cannot tie two parties together)
 * and by field (领域). procedure/prior-violation asks it for earlier decisions against the same party.
 */
import { isValidIdCard, isValidUscc } from './ids';
import type { CaseModel } from './model';
import type { Workspace, WorkspaceDocument } from './workspace';

export interface IndexedDecision {
  doc: WorkspaceDocument;
  partyId: string;
  field?: string;
  文号?: string;
  /** The decision date (程序.决定). */
  decided?: string;
  /** 不予行政处罚决定书 rather than a penalty. */
  noPenalty: boolean;
}

/** The party's valid identifier, normalised; undefined when absent or its check character is wrong. */
export function partyIdOf(model: CaseModel): string | undefined {
  const p = model.facts.当事人;
  const uscc = p?.统一社会信用代码?.replace(/\s+/g, '').toUpperCase();
  if (uscc && isValidUscc(uscc)) return uscc;
  const id = p?.身份证号?.replace(/\s+/g, '').toUpperCase();
  if (id && isValidIdCard(id)) return id;
  return undefined;
}

const DECISIONS = new Set(['行政处罚决定书', '不予行政处罚决定书']);

export class PartyIndex {
  private readonly byParty = new Map<string, IndexedDecision[]>();

  constructor(workspace: Workspace) {
    for (const doc of workspace.documents()) {
      this.seen.add(doc);
      const f = doc.model.facts;
      if (!f.文书 || !DECISIONS.has(f.文书)) continue;
      const partyId = partyIdOf(doc.model);
      if (!partyId) continue;
      const entry: IndexedDecision = {
        doc,
        partyId,
        field: f.领域,
        文号: f.文号,
        decided: f.程序?.决定,
        noPenalty: f.文书 === '不予行政处罚决定书',
      };
      const list = this.byParty.get(partyId) ?? [];
      list.push(entry);
      this.byParty.set(partyId, list);
    }
  }

  private readonly seen = new WeakSet<WorkspaceDocument>();

  has(doc: WorkspaceDocument): boolean {
    return this.seen.has(doc);
  }

  /** Decisions against the party, optionally in one field, in date order. */
  decisions(partyId: string, field?: string): IndexedDecision[] {
    return (this.byParty.get(partyId) ?? [])
      .filter((d) => field === undefined || d.field === field)
      .sort((a, b) => (a.decided ?? '').localeCompare(b.decided ?? ''));
  }
}

/** One index per workspace object and per set of documents; rebuilt when the workspace changes. */
const cache = new WeakMap<Workspace, { key: string; index: PartyIndex }>();

export function partyIndex(workspace: Workspace): PartyIndex {
  const docs = [...workspace.documents()];
  // The key changes when a draft is added, removed or re-parsed (a new model object per parse).
  const key = docs.map((d) => `${d.uri}#${d.model.text.length}`).join('|');
  const hit = cache.get(workspace);
  if (hit && hit.key === key && docs.every((d) => hit.index.has(d))) return hit.index;
  const index = new PartyIndex(workspace);
  cache.set(workspace, { key, index });
  return index;
}
