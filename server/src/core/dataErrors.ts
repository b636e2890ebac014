import type { ErrorObject } from 'ajv';

/**
 * Where an agency's data file (config, catalog, dictionary) does not fit its schema, as a JSON
 * pointer that names no key of the file's own: a key the schema names is shown, an array index
 * too, but a key the file chose (a rule id, a template name, a stray property) shows as its place
 * among its siblings, `/rules/[key 3]`. A config may name any file as a catalog, and a problem
 * goes to logs and notifications: it must not carry the file's bytes (docs/security.md).
 */
export function errorPath(schema: object, data: unknown, e: ErrorObject): string {
  const known = schemaKeys(schema);
  let at: unknown = data;
  const shown: string[] = [];
  for (const raw of e.instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const container = at as Record<string, unknown> | undefined;
    if (Array.isArray(container) || known.has(key)) shown.push(key);
    else shown.push(`[key ${Object.keys(container ?? {}).indexOf(key) + 1}]`);
    at =
      container !== null && typeof container === 'object' && Object.hasOwn(container, key)
        ? container[key]
        : undefined;
  }
  return `/${shown.join('/')}`;
}

/** The first problems of a validation, `path message; …`, for a file's refusal message. */
export function describeErrors(
  schema: object,
  data: unknown,
  errors: readonly ErrorObject[] | null | undefined,
  max = 10,
): string {
  return (errors ?? [])
    .slice(0, max)
    .map((e) => `${errorPath(schema, data, e)} ${e.message ?? 'invalid'}`)
    .join('; ');
}

const keysOf = new WeakMap<object, ReadonlySet<string>>();

/** Every property name a schema defines, at any depth. */
function schemaKeys(schema: object): ReadonlySet<string> {
  let keys = keysOf.get(schema);
  if (!keys) {
    const found = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const properties = (node as { properties?: unknown }).properties;
      if (properties && typeof properties === 'object') for (const k of Object.keys(properties)) found.add(k);
      Object.values(node).forEach(visit);
    };
    visit(schema);
    keysOf.set(schema, (keys = found));
  }
  return keys;
}
