// The validators of the JSON Schemas CaseDraft ships (schemas/), one place for all of them.
// Run from source (tests, tsx), each is compiled by Ajv on first use. The bundles carry them
// precompiled: scripts/build.mjs replaces this module by Ajv's standalone code for every schema of
// SCHEMAS (https://ajv.js.org/standalone.html), because compiling the config and front-matter
// schemas cost each CLI run ≈ 100 ms of its start. Same schemas, same options, same errors.
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import configSchema from '../../../schemas/casedraft.config.schema.json';
import catalogSchema from '../../../schemas/catalog.schema.json';
import dictionarySchema from '../../../schemas/dictionary.schema.json';
import common from '../../../schemas/frontmatter/common.schema.json';
import penaltyDecision from '../../../schemas/frontmatter/penalty-decision.schema.json';
import noPenaltyDecision from '../../../schemas/frontmatter/no-penalty-decision.schema.json';
import notice from '../../../schemas/frontmatter/notice.schema.json';
import inquiryRecord from '../../../schemas/frontmatter/inquiry-record.schema.json';
import inspectionRecord from '../../../schemas/frontmatter/inspection-record.schema.json';
import { isCaseDate } from './facts';

/** Front-matter schemas share common.schema.json and the `date` format; the others stand alone. */
export const SCHEMAS = {
  config: { schema: configSchema, frontMatter: false },
  catalog: { schema: catalogSchema, frontMatter: false },
  dictionary: { schema: dictionarySchema, frontMatter: false },
  'frontmatter/base': {
    schema: { $ref: `${common.$id}#/definitions/base` },
    frontMatter: true,
  },
  'frontmatter/penalty-decision': { schema: penaltyDecision, frontMatter: true },
  'frontmatter/no-penalty-decision': { schema: noPenaltyDecision, frontMatter: true },
  'frontmatter/notice': { schema: notice, frontMatter: true },
  'frontmatter/inquiry-record': { schema: inquiryRecord, frontMatter: true },
  'frontmatter/inspection-record': { schema: inspectionRecord, frontMatter: true },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/** The Ajv a schema is compiled with; the build passes `code` options to emit standalone code. */
export function ajvFor(frontMatter: boolean, extra: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, ...extra });
  return frontMatter ? ajv.addFormat('date', isCaseDate).addSchema(common) : ajv;
}

export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(SCHEMAS, name);
}

const compiled = new Map<SchemaName, ValidateFunction>();

export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const { schema, frontMatter } = SCHEMAS[name];
    v = ajvFor(frontMatter).compile(schema);
    compiled.set(name, v);
  }
  return v;
}
