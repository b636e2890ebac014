// Which law each citation of a draft means: its own name, or — for a bare 第X条 — the law named
// last before it in the same paragraph (违反了《……法》第十条和第十二条).
import { findLaw, type Law } from './laws';
import type { CaseModel, LawCitation } from './model';

export interface ResolvedCitation {
  citation: LawCitation;
  /** The name that applies: the citation's own, or the one it inherits. */
  name?: string;
  /** The bundled law, when the name is one. */
  law?: Law;
  /** True when the name was inherited from an earlier citation. */
  inherited: boolean;
}

// Four citation rules and the hover read the same resolution; a model never changes once parsed.
const resolved = new WeakMap<CaseModel, readonly ResolvedCitation[]>();

export function resolveCitations(model: CaseModel): readonly ResolvedCitation[] {
  let r = resolved.get(model);
  if (!r) resolved.set(model, (r = resolve(model)));
  return r;
}

function resolve(model: CaseModel): ResolvedCitation[] {
  const out: ResolvedCitation[] = [];
  let last: { block: unknown; name: string } | undefined;
  for (const c of model.lawCitations) {
    if (c.law !== undefined) {
      last = { block: c.block, name: c.law };
      out.push({ citation: c, name: c.law, law: findLaw(c.law), inherited: false });
    } else if (last && last.block === c.block) {
      out.push({ citation: c, name: last.name, law: findLaw(last.name), inherited: true });
    } else out.push({ citation: c, inherited: false });
  }
  return out;
}
