/**
 * The case information form: its fields come from the front-matter JSON Schema of the draft's
 * document type (schemas/frontmatter/), its values from the front matter, and an edit made in it
 * becomes text edits of the draft: the YAML changed through yaml's Document API (so comments, key
 * order, quoting and blank lines stay as the officer wrote them), and the body's 当事人 block
 * rewritten from the party when it still says what the front matter said (or the template's
 * placeholders), so the party's data is typed once. No file system: edits are offsets.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { DOCTYPES } from './doctypes';
import type { Party } from './facts';
import { isSection, type CaseModel } from './model';
import { FRONT_MATTER_SCHEMAS } from './schema';
import type { Edit } from './rule';
import type { Workspace } from './workspace';

export type FieldKind = 'text' | 'number' | 'date' | 'dateOr' | 'choice' | 'words' | 'group' | 'list';

export interface FormField {
  key: string;
  kind: FieldKind;
  description?: string;
  required?: boolean;
  /** The allowed values of a `choice`, or the words a `dateOr` accepts besides a date. */
  options?: string[];
  /** The fields of a `group`, or of each item of a `list`. */
  fields?: FormField[];
  /** A party's field that applies to one kind of party only (名称 to a 单位, 姓名 to a 个人). */
  onlyFor?: '单位' | '个人';
}

/** Which party fields belong to which kind (the schema's 类型-dependent requirements, and the rest of each). */
const PARTY_KIND: Record<string, '单位' | '个人'> = {
  名称: '单位',
  统一社会信用代码: '单位',
  住所: '单位',
  法定代表人: '单位',
  负责人: '单位',
  姓名: '个人',
  身份证号: '个人',
  住址: '个人',
};

export type FormPath = (string | number)[];

/** One change the officer made in the form. */
export type FormEdit =
  /** A value (a whole party, when one known from the workspace is chosen); undefined or '' removes the key. */
  | { op: 'set'; path: FormPath; value?: string | number | string[] | Record<string, string | number> }
  /** A new, empty item at the end of a list. */
  | { op: 'add'; path: FormPath }
  | { op: 'remove'; path: FormPath };

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
};

const common = FRONT_MATTER_SCHEMAS.common as { definitions: Record<string, Schema> };

function deref(s: Schema): Schema {
  const name = s.$ref?.split('#/definitions/')[1];
  return name
    ? deref({
        ...common.definitions[name]!,
        description: s.description ?? common.definitions[name]!.description,
      })
    : s;
}

function field(key: string, raw: Schema, required: boolean): FormField {
  const s = deref(raw);
  const base = { key, description: s.description, required: required || undefined };
  if (s.enum) return { ...base, kind: 'choice', options: s.enum.map(String) };
  if (s.anyOf?.some((a) => a.format === 'date'))
    return { ...base, kind: 'dateOr', options: s.anyOf.flatMap((a) => (a.enum ?? []).map(String)) };
  if (s.format === 'date') return { ...base, kind: 'date' };
  if (s.type === 'number' || s.type === 'integer') return { ...base, kind: 'number' };
  if (s.type === 'array') {
    const item = deref(s.items ?? {});
    if (item.type === 'object' || item.properties) return { ...base, kind: 'list', fields: fields(item) };
    return { ...base, kind: 'words' };
  }
  if (s.type === 'object' || s.properties) return { ...base, kind: 'group', fields: fields(s) };
  return { ...base, kind: 'text' };
}

function fields(s: Schema, extraRequired: readonly string[] = []): FormField[] {
  const required = new Set([...(s.required ?? []), ...extraRequired]);
  return Object.entries(s.properties ?? {}).map(([k, v]) => field(k, v, required.has(k)));
}

/** The form of a document type: the base fields, with what this type requires marked. */
export function formFields(doctypeId: string): FormField[] {
  const schema = FRONT_MATTER_SCHEMAS[doctypeId] as Schema | undefined;
  const parts = schema?.allOf ?? [];
  const required = parts.flatMap((p) => p.required ?? []);
  const base = deref({ $ref: '#/definitions/base' });
  const out = fields(base, required);
  for (const f of out.find((x) => x.key === '当事人')?.fields ?? []) f.onlyFor = PARTY_KIND[f.key];
  // Nested requirements (程序.决定 for a decision) mark their field too.
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.properties ?? {})) {
      const group = out.find((f) => f.key === k);
      for (const r of v.required ?? []) {
        const sub = group?.fields?.find((f) => f.key === r);
        if (sub) sub.required = true;
      }
    }
  }
  return out;
}

export interface CaseForm {
  doctype: string;
  fields: FormField[];
  /** The front matter as plain data (dates as YYYY-MM-DD). */
  values: Record<string, unknown>;
}

/** The form of a draft, or undefined when its front matter cannot be edited as a form (none, or broken). */
export function caseForm(model: CaseModel): CaseForm | undefined {
  const doctype = model.doctype ?? DOCTYPES.find((d) => d.name === model.facts.文书);
  if (
    !doctype ||
    !model.frontMatter.data ||
    !model.frontMatter.contentSpan ||
    model.frontMatter.problems.length
  )
    return undefined;
  return {
    doctype: doctype.id,
    fields: formFields(doctype.id),
    values: plain(model.frontMatter.data) as Record<string, unknown>,
  };
}

function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function partyOf(doc: Document): FrontMatterParty | undefined {
  return plain((doc.toJS() as Record<string, unknown> | null)?.['当事人']) as FrontMatterParty | undefined;
}

/** An empty `{}` the form added, about to get its first key, becomes a block mapping, as the rest is. */
function blockStyle(doc: Document, path: FormPath): void {
  for (let i = 1; i < path.length; i++) {
    const node = doc.getIn(path.slice(0, i), true);
    if ((isMap(node) || isSeq(node)) && node.flow && node.items.length === 0) node.flow = false;
  }
}

function parse(yaml: string): Document {
  return parseDocument(yaml, { uniqueKeys: true, logLevel: 'error', keepSourceTokens: false });
}

/**
 * The text edits that make the draft say what the form now says: at most one edit of the front
 * matter (the lines that changed) and one of the 当事人 block. Undefined when the edit cannot be
 * made (broken front matter, a path that is not there).
 */
export function formEditToText(model: CaseModel, edit: FormEdit): Edit[] | undefined {
  const span = model.frontMatter.contentSpan;
  if (!span || model.frontMatter.problems.length) return undefined;
  const before = model.text.slice(span.start, span.end);
  const doc = parse(before);
  if (doc.errors.length) return undefined;
  const partyBefore = partyOf(doc);
  if (edit.op === 'set') {
    const empty =
      edit.value === undefined || edit.value === '' || (Array.isArray(edit.value) && !edit.value.length);
    if (empty) doc.deleteIn(edit.path);
    else {
      const parent = doc.getIn(edit.path.slice(0, -1), true);
      if (edit.path.length > 1 && parent !== undefined && !isMap(parent) && !isSeq(parent)) return undefined;
      blockStyle(doc, edit.path);
      doc.setIn(edit.path, edit.value);
    }
  } else if (edit.op === 'add') {
    const list = doc.getIn(edit.path, true);
    if (list === undefined) doc.setIn(edit.path, doc.createNode([{}]));
    else if (isSeq(list)) list.add(doc.createNode({}));
    else return undefined;
  } else {
    if (!doc.hasIn(edit.path)) return undefined;
    doc.deleteIn(edit.path);
  }
  // As the officer wrote it: no line folding, `[罚款]` not `[ 罚款 ]`.
  const after = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const edits: Edit[] = [];
  const fm = changedRange(before, after, span.start);
  if (fm) edits.push(fm);
  const partyAfter = partyOf(doc);
  const block = partyBlockEdit(model, partyBefore, partyAfter);
  if (block) edits.push(block);
  return edits;
}

/** The smallest edit turning `before` into `after` (the lines between their common head and tail). */
function changedRange(before: string, after: string, offset: number): Edit | undefined {
  if (before === after) return undefined;
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  head = before.lastIndexOf('\n', head - 1) + 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return {
    span: { start: offset + head, end: offset + before.length - tail },
    text: after.slice(head, after.length - tail),
  };
}

/**
 * The party as the front matter's YAML holds it, before facts.ts reads it: the type word not yet
 * checked, a telephone number possibly read as a number, and 负责人, which no rule reads.
 */
export type FrontMatterParty = Omit<Party, '类型' | '电话'> & {
  类型?: string;
  电话?: string | number;
  负责人?: string;
};

/** The body's 当事人 block as the template writes it, from the front matter's party. */
export function partyBlock(p: FrontMatterParty): string {
  const person = p.类型 === '个人';
  const lines: [string, unknown][] = person
    ? [
        ['当事人', p.姓名],
        ['身份证号', p.身份证号],
        ['住址', p.住址 ?? p.住所],
        ['联系电话', p.电话],
      ]
    : [
        ['当事人', p.名称],
        ['统一社会信用代码', p.统一社会信用代码],
        ['住所', p.住所 ?? p.住址],
        [p.负责人 && !p.法定代表人 ? '负责人' : '法定代表人', p.法定代表人 ?? p.负责人],
      ];
  return lines
    .filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== '')
    .map(([k, v]) => `${k}：${String(v)}`)
    .join('\n\n');
}

const PLACEHOLDER_LINE = /^[^：:]+[：:]\s*[（(][^）)]*[）)]\s*$/;

/**
 * The 当事人 section is rewritten from the party when it says what the old party said, or holds
 * nothing but the template's placeholder lines: then it was never the officer's own text.
 */
function partyBlockEdit(
  model: CaseModel,
  before: FrontMatterParty | undefined,
  after: FrontMatterParty | undefined,
): Edit | undefined {
  if (!after || JSON.stringify(before) === JSON.stringify(after)) return undefined;
  const section = model.sections.find((s) => isSection(s, '当事人'));
  if (!section || section.implied) return undefined;
  const bodyStart = section.headingSpan.end;
  const body = model.text.slice(bodyStart, section.span.end);
  const content = body.trim();
  const lines = content.split(/\n+/).map((l) => l.trim());
  const generated = before ? partyBlock(before).split(/\n+/) : [];
  const own = !(content === '' || lines.every((l) => PLACEHOLDER_LINE.test(l) || generated.includes(l)));
  if (own) return undefined;
  const next = partyBlock(after);
  if (!next || next === content) return undefined;
  const lead = body.length - body.trimStart().length;
  const start = bodyStart + lead;
  return { span: { start, end: start + content.length }, text: next };
}

export type KnownParty = FrontMatterParty & {
  /** Where it was found (a draft's uri). */
  uri: string;
};

/** The parties of the workspace's drafts, one per name, for completion in the form. */
export function knownParties(workspace: Workspace): KnownParty[] {
  const byName = new Map<string, KnownParty>();
  for (const doc of workspace.documents()) {
    const p = plain(doc.model.frontMatter.data?.['当事人']) as FrontMatterParty | undefined;
    const name = p?.名称 ?? p?.姓名;
    if (!p || typeof name !== 'string' || !name.trim() || PLACEHOLDER_LINE.test(`x：${name}`)) continue;
    const seen = byName.get(name);
    // The fullest record of a party wins.
    if (!seen || Object.keys(p).length > Object.keys(seen).length - 1)
      byName.set(name, { ...p, uri: doc.model.uri });
  }
  return [...byName.values()].sort((a, b) =>
    String(a.名称 ?? a.姓名).localeCompare(String(b.名称 ?? b.姓名), 'zh'),
  );
}
