import type { ErrorObject } from 'ajv';
import common from '../../../schemas/frontmatter/common.schema.json';
import penaltyDecision from '../../../schemas/frontmatter/penalty-decision.schema.json';
import noPenaltyDecision from '../../../schemas/frontmatter/no-penalty-decision.schema.json';
import notice from '../../../schemas/frontmatter/notice.schema.json';
import inquiryRecord from '../../../schemas/frontmatter/inquiry-record.schema.json';
import inspectionRecord from '../../../schemas/frontmatter/inspection-record.schema.json';
import { isSchemaName, validator } from './validators';

/** The front-matter schemas by document type id, and their shared definitions (`common`): the case form's fields. */
export const FRONT_MATTER_SCHEMAS: Readonly<Record<string, object>> = {
  'penalty-decision': penaltyDecision,
  'no-penalty-decision': noPenaltyDecision,
  notice,
  'inquiry-record': inquiryRecord,
  'inspection-record': inspectionRecord,
  common,
};

export interface SchemaProblem {
  /** Path of keys and indexes to the offending value (for `required`: to the object missing the key). */
  path: (string | number)[];
  keyword: string;
  /** The missing key, for `required`. */
  missing?: string;
  allowed?: unknown[];
  expected?: string;
  /** The bound a `maximum` or `minimum` problem crossed. */
  limit?: number;
}

/** Validates front matter against the schema of its document type, or the shared base when the type is unknown. */
export function validateFrontMatter(data: unknown, doctypeId: string | undefined): SchemaProblem[] {
  const name = `frontmatter/${doctypeId}`;
  const v = validator(isSchemaName(name) ? name : 'frontmatter/base');
  // JSON has no Infinity or NaN, so JSON Schema says nothing of them and Ajv lets `.inf` and `.nan`
  // (which YAML has) pass as numbers: every number of the front matter is checked here.
  const problems = nonFinite(data);
  if (v(data)) return problems;
  return dedupe([
    ...problems,
    ...(v.errors ?? []).filter((e) => !['allOf', 'if', 'anyOf'].includes(e.keyword)).map(toProblem),
  ]);
}

function nonFinite(value: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const path: (string | number)[] = [];
  // One path, extended and shortened in place, copied for a problem only: every draft is walked.
  const walk = (v: unknown): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push({ path: [...path], keyword: 'finite' });
      return;
    }
    if (!v || typeof v !== 'object' || v instanceof Date) return;
    if (Array.isArray(v))
      v.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
    else
      for (const k of Object.keys(v)) {
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
  };
  walk(value);
  return out;
}

function toProblem(e: ErrorObject): SchemaProblem {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const params = e.params as Record<string, unknown>;
  return {
    path,
    keyword: e.keyword,
    missing: typeof params.missingProperty === 'string' ? params.missingProperty : undefined,
    allowed: Array.isArray(params.allowedValues) ? params.allowedValues : undefined,
    limit: typeof params.limit === 'number' ? params.limit : undefined,
    expected:
      typeof params.type === 'string'
        ? params.type
        : typeof params.format === 'string'
          ? params.format
          : undefined,
  };
}

function dedupe(ps: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.path.join('/')}|${p.missing ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
