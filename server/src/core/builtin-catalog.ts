/**
 * The compliance catalog bundled with CaseDraft (data/catalog/*.json, schema
 * schemas/catalog.schema.json). Legal figures are quoted from the law texts in data/laws/; the
 * discretion bands are an EXAMPLE that agencies replace with their own through `catalogs`.
 * Imported as JSON so the CLI, the server and the tests get the same data without fs.
 */
import { Catalog, type CatalogEntry } from './catalog';
import construction from '../../../data/catalog/construction.json';
import ecology from '../../../data/catalog/ecology.json';
import fire from '../../../data/catalog/fire.json';
import market from '../../../data/catalog/market.json';
import workSafety from '../../../data/catalog/work-safety.json';

const FILES = [ecology, workSafety, market, construction, fire];

export function builtinCatalogEntries(): CatalogEntry[] {
  return FILES.flatMap((f) => f.entries as unknown as CatalogEntry[]);
}

let cached: Catalog | undefined;

export function builtinCatalog(): Catalog {
  return (cached ??= new Catalog(builtinCatalogEntries()));
}
