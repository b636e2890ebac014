import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver/node';
import common from '../../../schemas/frontmatter/common.schema.json';
import { DOCTYPES } from '../core/doctypes';
import doctypeData from '../../../data/doctypes.json';
import { STATUTORY_EVIDENCE_KINDS } from '../core/evidence';
import { localize } from '../core/i18n';
import { allLaws } from '../core/laws';
import type { CaseModel } from '../core/model';
import type { Locale, Position } from '../core/types';
import { lspMessages } from './messages';
import { own } from '../core/own';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  description?: string;
}

const definitions = (common as unknown as { definitions: Record<string, SchemaNode> }).definitions;

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) n = definitions[n.$ref.replace('#/definitions/', '')];
  return n;
}

/** The schema of the mapping at a path of front-matter keys (array items are stepped through). */
function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node = deref(definitions.base);
  for (const key of path) {
    node = deref(node?.properties?.[key]);
    if (node?.type === 'array') node = deref(node.items);
  }
  return node;
}

/** Values a key takes that a schema enumerates, plus the words of 程序 that are not dates. */
function valuesFor(path: readonly string[], key: string): string[] {
  if (path.length === 0 && key === '文书') return DOCTYPES.map((d) => d.name);
  const prop = deref(schemaAt(path)?.properties?.[key]);
  if (!prop) return [];
  if (prop.enum) return prop.enum;
  return prop.anyOf?.flatMap((a) => a.enum ?? []) ?? [];
}

const indentOf = (line: string) => line.match(/^[ \t-]*/)![0].replace(/-/g, ' ').length;

/** The keys of the mappings that enclose `line`, found by indentation (YAML's own rule). */
function enclosingKeys(model: CaseModel, line: number, indent: number, firstLine: number): string[] {
  const path: string[] = [];
  let want = indent;
  for (let l = line - 1; l >= firstLine && want > 0; l--) {
    const text = model.lines.lineText(l);
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const ind = indentOf(text);
    if (ind < want) {
      const m = text.match(/^[ \t]*(?:-[ \t]+)?([^:#\s][^:]*?)[ \t]*:[ \t]*$/);
      if (m) path.unshift(m[1]!);
      want = ind;
    }
  }
  return path;
}

function item(
  label: string,
  kind: CompletionItemKind,
  range: Range,
  detail?: string,
  insert = label,
): CompletionItem {
  return { label, kind, detail, textEdit: { range, newText: insert } };
}

export function completionsAt(model: CaseModel, pos: Position, locale: Locale): CompletionItem[] {
  const lineText = model.lines.lineText(pos.line);
  const before = lineText.slice(0, pos.character);
  const offset = model.lines.offsetAt(pos);
  const fm = model.frontMatter.contentSpan;
  if (fm && !model.frontMatter.unterminated && offset >= fm.start && offset <= fm.end)
    return frontMatterCompletions(model, pos, before);

  const heading = before.match(/^ {0,3}##[ \t]+(\S*)$/);
  if (heading) {
    const range = { start: { line: pos.line, character: pos.character - heading[1]!.length }, end: pos };
    const present = new Set(model.sections.map((s) => s.name));
    const required = model.doctype?.requiredSections ?? [];
    const names = [...required, ...doctypeData.optionalSections.filter((n) => !required.includes(n))];
    return names.map((name, i) => {
      const detail = required.includes(name)
        ? present.has(name)
          ? lspMessages.sectionRequired
          : lspMessages.sectionMissing
        : lspMessages.sectionOptional;
      // Missing required sections first, in the order the document type wants them.
      const rank = required.includes(name) && !present.has(name) ? 0 : required.includes(name) ? 1 : 2;
      return {
        ...item(name, CompletionItemKind.Module, range, localize(detail, locale)),
        sortText: `${rank}${String(i).padStart(3, '0')}`,
      };
    });
  }

  const citation = before.match(/\[((?:[^\]\n]*[、,，])?)\s*(证?据?\s*\d*)$/);
  if (citation && model.evidence) {
    const typed = citation[2]!;
    const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
    return model.evidence.rows.map((row, i) => ({
      ...item(row.id, CompletionItemKind.Reference, range, row.cells.名称?.text),
      documentation: row.cells.证明事项?.text,
      sortText: String(i).padStart(4, '0'),
    }));
  }

  const table = model.evidence;
  if (table && offset >= table.span.start && offset <= table.span.end && before.trimStart().startsWith('|')) {
    const col = (before.match(/(?<!\\)\|/g) ?? []).length - 1;
    if (table.columns[col] === '编号') {
      // A new row: the ids cited in the body but missing from the table first, then the next number.
      const typed = before.slice(before.lastIndexOf('|') + 1).trimStart();
      const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
      const listed = new Set(table.rows.map((r) => r.id));
      const cited = [
        ...new Set(
          model.blocks
            .flatMap((b) => b.citations)
            .flatMap((c) => c.refs)
            .map((r) => r.id),
        ),
      ].filter((id) => !listed.has(id));
      const next = `证据${Math.max(0, ...[...listed, ...cited].map((id) => Number(id.replace(/\D/g, '')) || 0)) + 1}`;
      return [
        ...cited.map((id, i) => ({
          ...item(id, CompletionItemKind.Reference, range, localize(lspMessages.citedNotListed, locale)),
          sortText: `0${i}`,
        })),
        {
          ...item(next, CompletionItemKind.Reference, range, localize(lspMessages.nextEvidenceId, locale)),
          sortText: '1',
        },
      ];
    }
    if (table.columns[col] === '种类') {
      const typed = before.slice(before.lastIndexOf('|') + 1).trimStart();
      const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
      return STATUTORY_EVIDENCE_KINDS.map((k) =>
        item(k, CompletionItemKind.EnumMember, range, localize(lspMessages.statutoryKind, locale)),
      );
    }
  }

  const law = before.match(/《([^《》\n]*)$/);
  if (law) {
    const range = { start: { line: pos.line, character: pos.character - law[1]!.length }, end: pos };
    const closed = lineText.slice(pos.character).startsWith('》');
    return allLaws()
      .filter((l) => !l.superseded)
      .map((l) => ({
        ...item(l.name, CompletionItemKind.Reference, range, l.version, closed ? l.name : `${l.name}》`),
        filterText: [l.name, ...l.shortNames].join(' '),
      }));
  }
  return [];
}

function frontMatterCompletions(model: CaseModel, pos: Position, before: string): CompletionItem[] {
  const firstLine = model.lines.positionAt(model.frontMatter.contentSpan!.start).line;
  const value = before.match(/^([ \t]*(?:-[ \t]+)?)([^:#\s][^:]*?)[ \t]*:[ \t]*(\S*)$/);
  if (value) {
    const path = enclosingKeys(model, pos.line, indentOf(value[1]!), firstLine);
    const typed = value[3]!;
    const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
    return valuesFor(path, value[2]!).map((v) => item(v, CompletionItemKind.Value, range));
  }
  const key = before.match(/^([ \t]*(?:-[ \t]+)?)([^:#\s]*)$/);
  if (!key) return [];
  const path = enclosingKeys(model, pos.line, indentOf(key[1]!), firstLine);
  const schema = schemaAt(path);
  const range = { start: { line: pos.line, character: pos.character - key[2]!.length }, end: pos };
  const present = new Set(Object.keys(siblings(model.frontMatter.data, path) ?? {}));
  return Object.entries(schema?.properties ?? {})
    .filter(([k]) => !present.has(k))
    .map(([k, v]) => {
      const node = deref(v);
      const nested = node?.type === 'object' || node?.type === 'array' || !!node?.properties;
      return item(
        k,
        CompletionItemKind.Property,
        range,
        node?.description ?? v.description,
        nested ? `${k}:` : `${k}: `,
      );
    });
}

function siblings(
  data: Record<string, unknown> | undefined,
  path: readonly string[],
): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const k of path) {
    node =
      node && typeof node === 'object' && !Array.isArray(node)
        ? own(node as Record<string, unknown>, k)
        : undefined;
    // Inside a list (执法人员, 审核) any item may be the one being written: offer every key.
    if (Array.isArray(node)) return undefined;
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}
