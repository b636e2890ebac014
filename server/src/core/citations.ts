// Which law each citation of a draft means: its own name, or — for a bare 第X条 — the law named
// last before it in the same paragraph (违反了《……法》第十条和第十二条); and which version of it:
// the one in force on the document's date (a decision of 2019 cites the 2017 行政处罚法). An
// undated document can cite any version in force from the latest date it states on: each is kept.
import { madeOn, type MadeOn } from './case/documents';
import { lawOnDate, lawSince, type Law, type LawOnDate } from './laws';
import type { CaseModel, LawCitation } from './model';

export interface ResolvedCitation {
  citation: LawCitation;
  /** The name that applies: the citation's own, or the one it inherits. */
  name?: string;
  /** The bundled version in force on the document's date, when there is one. */
  law?: Law;
  /**
   * What the bundle knows of the named law on that date: `in-force` (then `law` is set),
   * `earlier-version` (an older text, not bundled, was in force: its articles cannot be checked),
   * `not-enacted`, or `not-bundled` (no version of the name is bundled). Undefined without a name.
   */
  status?: LawOnDate['status'];
  /**
   * Every state of the law the document can have been made under (case/documents.ts `madeOn`),
   * newest last: the one of `law` and `status` alone when the date is known, or when the document
   * states no date at all; from the latest stated date on otherwise. A citation is wrong only if it
   * is wrong under all of them. Empty without a name.
   */
  possible: readonly LawOnDate[];
  /** True when the name was inherited from an earlier citation. */
  inherited: boolean;
}

// The citation rules and the hover read the same resolution; a model never changes once parsed.
const resolved = new WeakMap<CaseModel, readonly ResolvedCitation[]>();

export function resolveCitations(model: CaseModel): readonly ResolvedCitation[] {
  let r = resolved.get(model);
  if (!r) resolved.set(model, (r = resolve(model)));
  return r;
}

function resolve(model: CaseModel): ResolvedCitation[] {
  const made = madeOn(model);
  // Undated, the newest version stays the one read first, as for a draft being written today.
  const date = 'on' in made ? made.on : undefined;
  const out: ResolvedCitation[] = [];
  const of = (name: string) => {
    const on = lawOnDate(name, date);
    return {
      status: on.status,
      law: on.status === 'in-force' ? on.law : undefined,
      possible: statesOn(made, name),
    };
  };
  let last: { block: unknown; name: string } | undefined;
  for (const c of model.lawCitations) {
    if (c.law !== undefined) {
      last = { block: c.block, name: c.law };
      out.push({ citation: c, name: c.law, ...of(c.law), inherited: false });
    } else if (last && last.block === c.block) {
      out.push({ citation: c, name: last.name, ...of(last.name), inherited: true });
    } else out.push({ citation: c, possible: [], inherited: false });
  }
  return out;
}

/** Every state of law `name` the document can have been made under (`ResolvedCitation.possible`). */
export function possibleVersions(model: CaseModel, name: string): LawOnDate[] {
  return statesOn(madeOn(model), name);
}

function statesOn(made: MadeOn, name: string): LawOnDate[] {
  return 'from' in made ? lawSince(name, made.from) : [lawOnDate(name, 'on' in made ? made.on : undefined)];
}
