/**
 * The compliance catalog (企业行政合规指导清单): per violation type, the law it breaks, the
 * penalty, and the evidence that proves it. The entries are data (data/catalog/, schemas/);
 * this module only looks them up.
 */
export interface EvidenceRequirement {
  /** What the officer must have, e.g. 采样记录. */
  name: string;
  /** Words that, found in an evidence row's 名称 (or 种类), satisfy the requirement. */
  match: string[];
  /** Why it is needed, cited from law. */
  basis?: string;
}

export interface CatalogEntry {
  id: string;
  name: string;
  field: string;
  aliases?: string[];
  evidence?: EvidenceRequirement[];
  [extra: string]: unknown;
}

export class Catalog {
  private readonly byKey = new Map<string, CatalogEntry>();

  constructor(readonly entries: readonly CatalogEntry[] = []) {
    for (const e of entries) {
      for (const key of [e.id, e.name, ...(e.aliases ?? [])]) if (!this.byKey.has(key)) this.byKey.set(key, e);
    }
  }

  /** By id, name or alias, as `违法行为` names it in a draft. */
  find(nameOrId: string | undefined): CatalogEntry | undefined {
    return nameOrId === undefined ? undefined : this.byKey.get(nameOrId.trim());
  }

  static merge(...catalogs: Catalog[]): Catalog {
    return new Catalog(catalogs.flatMap((c) => c.entries));
  }
}
