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
  const loose: FolderEntry[][] = [];
  const compatible = (xs: FolderEntry[], ys: FolderEntry[]) =>
    xs.every((x) => ys.every((y) => !contradicts(x.identity, y.identity)));

  for (const e of entries) {
    const no = e.identity.caseNo;
    if (no) {
      const list = numbered.get(no) ?? [];
      list.push(e);
      numbered.set(no, list);
      continue;
    }
    let target: FolderEntry[] | undefined;
    for (const group of loose.filter((g) => g.some((m) => sameCase(m.identity, e.identity)))) {
      if (!target) {
        if (compatible([e], group)) (target = group).push(e);
      } else if (compatible(target, group)) {
        target.push(...group);
        loose.splice(loose.indexOf(group), 1);
      }
    }
    if (!target) loose.push([e]);
  }

  const cases: FolderEntry[][] = [...numbered.values()];
  const ambiguous = new Map<string, string[]>();
  for (const group of loose) {
    const matches = [...numbered].filter(([, members]) =>
      group.some((g) => members.some((m) => sameCase(g.identity, m.identity))),
    );
    if (matches.length === 1) matches[0]![1].push(...group);
    else {
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
