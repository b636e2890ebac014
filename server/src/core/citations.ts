// Which law each citation of a draft means: its own name, or — for a bare 第X条 — the law named
// last before it in the same paragraph (违反了《……法》第十条和第十二条); and which version of it:
// the one in force on the document's date (a decision of 2019 cites the 2017 行政处罚法).
import { documentDate } from './case/documents';
import { lawOnDate, type Law, type LawOnDate } from './laws';
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
  const date = documentDate(model)?.iso;
  const out: ResolvedCitation[] = [];
  const of = (name: string) => {
    const on = lawOnDate(name, date);
    return { status: on.status, law: on.status === 'in-force' ? on.law : undefined };
  };
  let last: { block: unknown; name: string } | undefined;
  for (const c of model.lawCitations) {
    if (c.law !== undefined) {
      last = { block: c.block, name: c.law };
      out.push({ citation: c, name: c.law, ...of(c.law), inherited: false });
    } else if (last && last.block === c.block) {
      out.push({ citation: c, name: last.name, ...of(last.name), inherited: true });
    } else out.push({ citation: c, inherited: false });
  }
  return out;
}
