/**
 * Which drafts of one folder are one case — a pure function of their identities (identity.ts):
 * - drafts that share a 案件编号 are one case, whatever else they say (case/party-mismatch reports
 *   a party or matter that disagrees);
 * - drafts without one are one case when they name the same party and the same matter, and never
 *   when two of them name different parties or matters (a chain A≈B≈C does not join A to a C it
 *   contradicts);
 * - such a group joins the numbered case it matches; matching two numbered cases, it joins
 *   neither and is reported (case/ambiguous), so two cases never mix.
 */
import { sameCase, sameMatter, sameParty, type CaseIdentity } from './identity';

export interface FolderEntry {
  uri: string;
  identity: CaseIdentity;
}

export interface FolderGrouping {
  /** The uris of each case, cases and uris in the order of the entries. */
  cases: string[][];
  /** A draft without 案件编号 that matches several numbered cases → those numbers; it joins none. */
  ambiguous: Map<string, string[]>;
}

const knownParty = (a: CaseIdentity) => !!(a.partyCode || a.partyName);
const knownMatter = (a: CaseIdentity) => !!(a.violation || a.cause);

/** The two drafts name different parties or different matters. */
export function contradicts(a: CaseIdentity, b: CaseIdentity): boolean {
  return (
    (knownParty(a) && knownParty(b) && !sameParty(a, b)) ||
    (knownMatter(a) && knownMatter(b) && !sameMatter(a, b))
  );
}

export function groupFolder(entries: readonly FolderEntry[]): FolderGrouping {
  const order = new Map(entries.map((e, i) => [e.uri, i]));
  const numbered = new Map<string, FolderEntry[]>();
  const compatible = (xs: FolderEntry[], ys: FolderEntry[]) =>
    xs.every((x) => ys.every((y) => !contradicts(x.identity, y.identity)));

  // Groups of drafts without a number, in the order they were opened (merging keeps that order).
  // Only a draft of the same party can be of one case (sameCase), so a draft is compared with the
  // members that share its party's code or name, not with every group: a folder of 1,000 drafts
  // of different parties made a million comparisons.
  const loose = new Set<FolderEntry[]>();
  const groupOf = new Map<FolderEntry, FolderEntry[]>();
  const opened = new Map<FolderEntry[], number>();
  const byParty = new PartyIndex();
  for (const e of entries) {
    const no = e.identity.caseNo;
    if (no) {
      const list = numbered.get(no) ?? [];
      list.push(e);
      numbered.set(no, list);
      continue;
    }
    const matching = [...new Set(byParty.sameCase(e.identity).map((m) => groupOf.get(m)!))].sort(
      (a, b) => opened.get(a)! - opened.get(b)!,
    );
    let target: FolderEntry[] | undefined;
    for (const group of matching) {
      if (!target) {
        if (compatible([e], group)) (target = group).push(e);
      } else if (compatible(target, group)) {
        target.push(...group);
        for (const m of group) groupOf.set(m, target);
        loose.delete(group);
      }
    }
    if (!target) {
      target = [e];
      loose.add(target);
      opened.set(target, opened.size);
    }
    groupOf.set(e, target);
    byParty.add(e);
  }

  // The members of each numbered case, a loose group that joins one included (a later group may
  // match the case through it).
  const numberedByParty = new PartyIndex();
  const caseOf = new Map<FolderEntry, string>();
  const join = (no: string, members: readonly FolderEntry[]) => {
    for (const m of members) {
      numberedByParty.add(m);
      caseOf.set(m, no);
    }
  };
  for (const [no, members] of numbered) join(no, members);
  const cases: FolderEntry[][] = [...numbered.values()];
  const ambiguous = new Map<string, string[]>();
  for (const group of loose) {
    const hit = new Set(
      group.flatMap((g) => numberedByParty.sameCase(g.identity).map((m) => caseOf.get(m)!)),
    );
    // In the order the numbers were first met, as the numbered cases are.
    const matches = hit.size ? [...numbered].filter(([no]) => hit.has(no)) : [];
    if (matches.length === 1) {
      matches[0]![1].push(...group);
      join(matches[0]![0], group);
    } else {
      if (matches.length > 1)
        for (const g of group)
          ambiguous.set(
            g.uri,
            matches.map(([no]) => no),
          );
      cases.push(group);
    }
  }
  return {
    cases: cases
      .map((c) => c.map((e) => e.uri).sort((a, b) => order.get(a)! - order.get(b)!))
      .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!),
    ambiguous,
  };
}

/**
 * Entries by their party's code and by its name: the only entries sameParty can hold true for
 * (the same valid code, or the same name when either lacks one).
 */
class PartyIndex {
  private readonly byCode = new Map<string, FolderEntry[]>();
  private readonly byName = new Map<string, FolderEntry[]>();

  add(e: FolderEntry): void {
    const { partyCode, partyName } = e.identity;
    if (partyCode) push(this.byCode, partyCode, e);
    if (partyName) push(this.byName, partyName, e);
  }

  /** The entries of one case with `id`, in the order they were added. */
  sameCase(id: CaseIdentity): FolderEntry[] {
    const found = new Set<FolderEntry>();
    for (const m of (id.partyCode && this.byCode.get(id.partyCode)) || []) found.add(m);
    for (const m of (id.partyName && this.byName.get(id.partyName)) || []) found.add(m);
    return [...found].filter((m) => sameCase(m.identity, id));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
