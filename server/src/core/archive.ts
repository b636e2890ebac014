/**
 * The archive: an agency's past decisions (DOCX, HTML, text or drafts), as the party index needs
 * them — who the party was (by a valid 统一社会信用代码 or 身份证号), when it was decided, in
 * which field. No file system: the host finds, reads and caches the files (host/archive.ts);
 * this module says what one decision contributes and keeps the cache's shape.
 */
import type { Catalog } from './catalog';
import { validPartyId } from './party-index';
import type { CaseModel } from './model';
import type { LocalizedText } from './types';

export interface ArchivedDecision {
  /** The file it was read from (a file: URI). */
  uri: string;
  partyId: string;
  /** 领域 when the document states it (a draft's front matter); else found from its laws. */
  field?: string;
  /** The laws it cites by name, which give its field through the catalog when it states none. */
  laws: string[];
  文号?: string;
  /** 程序.决定 (the signing date). */
  decided?: string;
  /** A 不予行政处罚决定书. */
  noPenalty: boolean;
}

const DECISIONS = new Set(['行政处罚决定书', '不予行政处罚决定书']);

/** What a decision contributes: one entry per party with a valid identifier; none for other documents. */
export function archivedDecisions(
  model: CaseModel,
  uri: string,
  parties: readonly { 统一社会信用代码?: string; 身份证号?: string }[] = [model.facts.当事人 ?? {}],
): ArchivedDecision[] {
  const f = model.facts;
  if (!f.文书 || !DECISIONS.has(f.文书)) return [];
  const laws = [...new Set(model.lawCitations.map((c) => c.law).filter((l): l is string => !!l))];
  const ids = new Set(parties.map((p) => validPartyId(p)).filter((id): id is string => !!id));
  return [...ids].map((partyId) => ({
    uri,
    partyId,
    field: f.领域,
    laws,
    文号: f.文号,
    decided: f.程序?.决定,
    noPenalty: f.文书 === '不予行政处罚决定书',
  }));
}

/**
 * The field of an archived decision: the one it states, else the field of the catalog entries
 * whose provisions it cites, when they agree on one.
 */
export function fieldOf(d: ArchivedDecision, catalog: Catalog): string | undefined {
  if (d.field) return d.field;
  const fields = new Set(
    catalog.entries
      .filter((e) => d.laws.some((l) => l === e.violates?.law || l === e.penalty?.law))
      .map((e) => e.field),
  );
  return fields.size === 1 ? [...fields][0] : undefined;
}

/** One file of the archive as the cache keeps it: read again only when its size, time or bytes change. */
export interface ArchiveFileRecord {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
  decisions: Omit<ArchivedDecision, 'uri'>[];
  /** Why the file could not be read; it is reported on every run that meets it, once. */
  error?: LocalizedText;
}

export interface ArchiveCacheData {
  /** Bumped when what a record holds changes: an old cache is then rebuilt, not misread. */
  version: number;
  files: Record<string, ArchiveFileRecord>;
}

export const ARCHIVE_CACHE_VERSION = 1;
