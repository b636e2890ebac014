// groupFolder finds a draft's case among the drafts of its party only (an index by party code and
// name). It must group exactly as comparing every draft with every group did.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  contradicts,
  groupFolder,
  sameCase,
  type CaseIdentity,
  type FolderEntry,
} from '../../server/src/core/case';

/** The grouping as it was written before the index: every loose group compared, in order. */
function everyGroup(entries: readonly FolderEntry[]) {
  const numbered = new Map<string, FolderEntry[]>();
  const loose: FolderEntry[][] = [];
  const compatible = (xs: FolderEntry[], ys: FolderEntry[]) =>
    xs.every((x) => ys.every((y) => !contradicts(x.identity, y.identity)));
  for (const e of entries) {
    const no = e.identity.caseNo;
    if (no) {
      numbered.set(no, [...(numbered.get(no) ?? []), e]);
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
  const cases = [...numbered.values()];
  const ambiguous = new Map<string, string[]>();
  for (const group of loose) {
    const nos = [...numbered]
      .filter(([, ms]) => group.some((g) => ms.some((m) => sameCase(g.identity, m.identity))))
      .map(([no]) => no);
    if (nos.length === 1) numbered.get(nos[0]!)!.push(...group);
    else {
      if (nos.length > 1) group.forEach((g) => ambiguous.set(g.uri, nos));
      cases.push(group);
    }
  }
  const at = new Map(entries.map((e, i) => [e.uri, i]));
  return {
    cases: cases
      .map((c) => c.map((e) => e.uri).sort((a, b) => at.get(a)! - at.get(b)!))
      .sort((a, b) => at.get(a[0]!)! - at.get(b[0]!)!),
    ambiguous,
  };
}

/** One of `xs`, or absent once in `absent + 1` times. */
const maybe = (absent: number, ...xs: string[]) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: absent },
    { arbitrary: fc.constantFrom(...xs), weight: 1 },
  );
// Few values, so that drafts share parties and matters; mostly without a number, as drafts before
// the case is filed are.
const identity: fc.Arbitrary<CaseIdentity> = fc
  .record({
    caseNo: maybe(4, '1', '2', '3'),
    partyCode: maybe(1, 'A', 'B'),
    partyName: maybe(1, 'P', 'Q'),
    violation: maybe(1, 'v', 'w'),
    cause: maybe(1, 'P v', 'w', 'x'),
  })
  .map((id) => {
    const out: CaseIdentity = {};
    for (const [k, v] of Object.entries(id)) if (v !== undefined) out[k as keyof CaseIdentity] = v;
    return out;
  });

describe('core/case: grouping a folder by party', () => {
  it('groups as comparing every draft with every group did', () => {
    let merged = 0;
    let ambiguous = 0;
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 14 }), (ids) => {
        const entries = ids.map((identity, i) => ({ uri: `u${i}`, identity }));
        const got = groupFolder(entries);
        assert.deepEqual(got, everyGroup(entries));
        if (got.cases.some((c) => c.length > 1)) merged++;
        if (got.ambiguous.size) ambiguous++;
      }),
      { numRuns: 3000, seed: 3 },
    );
    // Else the property compared only folders of one draft a case.
    assert.ok(merged > 1000, `only ${merged} folders with cases of several drafts`);
    assert.ok(ambiguous > 30, `only ${ambiguous} folders with an ambiguous draft`);
  });
});
