/**
 * The compliance catalog (企业行政合规指导清单): per violation type, the law it breaks, the
 * penalty, and the evidence that proves it. The entries are data (data/catalog/, schemas/);
 * this module only looks them up.
 */
import { validator } from './validators';
import catalogSchema from '../../../schemas/catalog.schema.json';
import { describeErrors } from './dataErrors';

export interface EvidenceRequirement {
  /** What the officer must have, e.g. 采样记录. */
  name: string;
  /** Words that, found in an evidence row's 名称 (or 种类), satisfy the requirement. */
  match: string[];
  /** Why it is needed, cited from law. */
  basis?: string;
}

/** A provision of law, quoted from the bundled law text (data/laws/). */
export interface Provision {
  law: string;
  /** As cited: 第八十三条第二项. */
  article: string;
  /** The words of the provision, verbatim. */
  text?: string;
}

/** A fine range in yuan (fixed amounts), or in multiples of a base such as 货值金额. */
export interface FineRange {
  /** Yuan; 0 when the law says only "以下". */
  min?: number;
  max?: number;
  /** For ranges set as multiples: the base (货值金额, 建设工程造价 …) and the factors. */
  base?: string;
  minTimes?: number;
  maxTimes?: number;
  /** When the range applies (逾期未改正的 …); absent for the basic range. */
  condition?: string;
  /** The article's words the figures come from. */
  quote: string;
}

export interface DiscretionBand {
  min: number;
  max: number;
}

export interface FirstViolationElement {
  /** 初次违法, 危害后果轻微, 及时改正 … */
  name: string;
  /** Words that, in an evidence row's 名称 or 证明事项, show the element. */
  match: string[];
}

export interface CatalogEntry {
  id: string;
  name: string;
  field: string;
  aliases?: string[];
  evidence?: EvidenceRequirement[];
  /** The provision broken. */
  violates?: Provision;
  /** The penalty provision, item included. */
  penalty?: Provision;
  /** Statutory fine ranges of the penalty provision; a fine outside all of them is unlawful. */
  fines?: FineRange[];
  /** Discretion benchmark bands per 裁量: agency policy, replaceable through `catalogs`. */
  discretion?: {
    /** Whose policy this is; the bundled set says it is an example. */
    source: string;
    example?: boolean;
    bands: Partial<Record<'轻微' | '一般' | '较重' | '严重', DiscretionBand>>;
  };
  firstViolation?: {
    applicable: boolean;
    basis?: string;
    elements?: FirstViolationElement[];
  };
  [extra: string]: unknown;
}

export class Catalog {
  private readonly byKey = new Map<string, CatalogEntry>();

  constructor(readonly entries: readonly CatalogEntry[] = []) {
    for (const e of entries) {
      for (const key of [e.id, e.name, ...(e.aliases ?? [])])
        if (!this.byKey.has(key)) this.byKey.set(key, e);
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

export class CatalogError extends Error {}

/**
 * The entries of an agency's catalog file, checked against schemas/catalog.schema.json. A file
 * that does not fit is refused whole: an entry with a fine range the rules cannot read would
 * crash them, and a check that runs on half a catalog passes what it should not.
 * The problems name paths in the file and what the schema wants, never the file's own text.
 */
export function catalogEntries(data: unknown, name = 'catalog'): CatalogEntry[] {
  const validateFile = validator('catalog');
  if (!validateFile(data)) {
    const problems = describeErrors(catalogSchema, data, validateFile.errors);
    throw new CatalogError(
      `${name}: 合规清单不符合 schemas/catalog.schema.json / catalog does not fit its schema: ${problems}`,
    );
  }
  return (data as { entries: CatalogEntry[] }).entries;
}
