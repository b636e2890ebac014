import type { Nodes, Root, RootContent } from 'mdast';
import { findDocType, recogniseSection } from './doctypes';
import { findAmounts, findDates, findEvidenceCitations, findLawCitations } from './extract';
import { readFacts } from './facts';
import { missingFrontMatter, parseFrontMatter, type FrontMatter } from './frontmatter';
import { parseBlocks } from './markdown';
import {
  EVIDENCE_COLUMNS,
  evidenceId,
  type Block,
  type BlockKind,
  type CaseModel,
  type EvidenceColumn,
  type EvidenceRow,
  type EvidenceTable,
  type Section,
  isSection,
} from './model';
import { LineIndex } from './text';
import type { Span } from './types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H2 = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** An implied section: the document has no heading line here (docs/format.md). */
const IMPLIED = /^ {0,3}<!--[ \t]*casedraft-section[ \t]*[:：][ \t]*(.*?)[ \t]*-->[ \t]*$/;

/** Body text kinds that are read as prose (facts, wording, citations). */
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'listItem', 'blockquote', 'heading']);

/**
 * Parses a draft into the case model. Never throws on any input: whatever cannot be read is left
 * out of the model, and the structure rules report it.
 *
 * The body is split at `##` headings and each section is parsed on its own: remark is
 * superlinear on long Chinese text, and sections are the unit an editor can re-parse alone.
 */
export function parseCase(text: string, uri = 'untitled:draft.case.md'): CaseModel {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatterBlock(text, lines);
  const bodyStart = frontMatter.span && !frontMatter.unterminated ? frontMatter.span.end : 0;
  const facts = readFacts(frontMatter.data);
  const model: CaseModel = {
    uri,
    text,
    lines,
    frontMatter,
    facts,
    doctype: findDocType(facts.文书),
    sections: [],
    blocks: [],
    lawCitations: [],
    amounts: [],
    dates: [],
  };
  if (frontMatter.unterminated) return model;

  const headings = findSectionHeadings(lines, bodyStart);
  const preambleEnd = headings[0]?.start ?? text.length;
  readChunk(model, bodyStart, preambleEnd, undefined);
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    const { name, names, known } = recogniseSection(h.title);
    const sectionEnd = trimEnd(text, h.start, end);
    const section: Section = {
      name,
      names,
      title: h.title,
      known,
      implied: h.implied,
      headingSpan: { start: h.start, end: h.end },
      span: { start: h.start, end: sectionEnd },
      text: text.slice(h.start, sectionEnd),
      blocks: [],
    };
    model.sections.push(section);
    readChunk(model, h.end, end, section);
  });

  for (const block of model.blocks) {
    if (!PROSE.has(block.kind)) continue;
    model.lawCitations.push(...findLawCitations(block));
    model.amounts.push(...findAmounts(block));
    model.dates.push(...findDates(block));
  }
  return model;
}

function readFrontMatterBlock(text: string, lines: LineIndex): FrontMatter {
  const first = lines.lineText(0).replace(/^\uFEFF/, '');
  if (first.trimEnd() !== '---') return missingFrontMatter(false, text.length);
  for (let l = 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trimEnd();
    if (t === '---' || t === '...') {
      const contentStart = lines.lineStarts[1]!;
      const contentEnd = lines.lineStarts[l]!;
      const blockEnd = lines.lineStarts[l + 1] ?? text.length;
      return parseFrontMatter(text, contentStart, contentEnd, blockEnd);
    }
  }
  return missingFrontMatter(true, text.length);
}

interface Heading {
  start: number;
  end: number;
  title: string;
  implied: boolean;
}

function findSectionHeadings(lines: LineIndex, from: number): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  for (let l = lines.positionAt(from).line; l < lines.lineCount; l++) {
    if (lines.lineStarts[l]! < from || !mayOpenBlock(lines.text, lines.lineStarts[l]!)) continue;
    const line = lines.lineText(l);
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h2 = H2.exec(line);
    const implied = h2 ? undefined : IMPLIED.exec(line);
    const m = h2 ?? implied;
    if (m)
      out.push({
        start: lines.lineStarts[l]!,
        end: lines.lineEnd(l),
        title: (m[1] ?? '').trim(),
        implied: !!implied,
      });
  }
  return out;
}

/**
 * Whether the line at `start` can be a fence, a `##` heading or an implied section's comment: its
 * first character after at most three spaces is `` ` ``, `~`, `#` or `<`. Most lines are prose,
 * and FENCE, H2 and IMPLIED all start so; the others are not cut out of the text to be tried.
 */
function mayOpenBlock(text: string, start: number): boolean {
  let i = start;
  while (i < start + 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 0x60 || c === 0x7e || c === 0x23 || c === 0x3c;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function readChunk(model: CaseModel, start: number, end: number, section: Section | undefined): void {
  if (end <= start) return;
  const chunk = model.text.slice(start, end);
  if (tooDeep(chunk)) {
    // remark is cubic in container depth (256 nested lists: seconds; 50,000 `>`: minutes).
    // No draft nests like that, so the chunk is kept as one unread block rather than stall.
    addBlock(model, section, 'other', { start, end: trimEnd(model.text, start, end) });
    return;
  }
  const cuts = pieceStarts(chunk);
  cuts.forEach((from, i) => {
    const to = cuts[i + 1] ?? chunk.length;
    let root: Root;
    try {
      root = parseBlocks(chunk.slice(from, to));
    } catch {
      // remark does not throw on text; should it ever, the piece still counts as one block.
      addBlock(model, section, 'other', {
        start: start + from,
        end: trimEnd(model.text, start + from, start + to),
      });
      return;
    }
    for (const node of root.children) readNode(model, node, start + from, section);
  });
}

/**
 * Where a chunk can be cut into pieces that remark reads alone as it reads them together: before a
 * line that starts with a Chinese character after a blank line, which always begins a paragraph
 * (no container or code block continues unindented past a blank line). Each piece is parsed (and
 * cached, markdown.ts) on its own, so a keystroke re-parses its paragraph, not its section: the
 * facts of a long decision are one section. A chunk with a fence or an HTML block that may hold
 * blank lines (a comment left open on its line, <pre>, <script>…) is not cut.
 */
function pieceStarts(chunk: string): number[] {
  const starts = [0];
  if (FENCE_ANYWHERE.test(chunk) || LONG_HTML.test(chunk)) return starts;
  for (const m of chunk.matchAll(PARAGRAPH_AFTER_BLANK)) starts.push(m.index + m[0].length);
  return starts;
}
const FENCE_ANYWHERE = new RegExp(FENCE.source, 'm');
const LONG_HTML = /<!--(?![^\n]*-->)|<(?:script|pre|style|textarea)\b|<\?|<![A-Za-z[]/i;
const PARAGRAPH_AFTER_BLANK = /\n[ \t\r]*\n(?=[\u4e00-\u9fff])/g;

/** Leading whitespace, `>` and list markers beyond this many characters on one line. */
const MAX_CONTAINER_PREFIX = 128;
const CONTAINER_PREFIX = new RegExp(
  `^(?:[ \\t>]|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])){${MAX_CONTAINER_PREFIX + 1}}`,
  'm',
);

function tooDeep(chunk: string): boolean {
  return CONTAINER_PREFIX.test(chunk);
}

function spanOf(node: Nodes, base: number): Span | undefined {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { start: base + p.start.offset, end: base + p.end.offset };
}

function readNode(model: CaseModel, node: RootContent, base: number, section: Section | undefined): void {
  const span = spanOf(node, base);
  if (!span) return;
  switch (node.type) {
    case 'yaml':
      return;
    case 'heading':
      if (node.depth === 1 && !section && !model.title) {
        model.title = {
          text: model.text
            .slice(span.start, span.end)
            .replace(/^\s*#\s*/, '')
            .replace(/\s#+\s*$/, '')
            .trim(),
          span,
        };
        return;
      }
      addBlock(model, section, 'heading', span, node);
      return;
    case 'paragraph':
      addBlock(model, section, 'paragraph', span, node);
      return;
    case 'list':
      for (const item of node.children) {
        const s = spanOf(item, base);
        // The item's text, without its bullet: that is what an officer wrote and what is printed.
        const content = item.children[0] ? spanOf(item.children[0], base) : undefined;
        if (s) addBlock(model, section, 'listItem', content ? { start: content.start, end: s.end } : s, item);
      }
      return;
    case 'blockquote':
      addBlock(model, section, 'blockquote', span, node);
      return;
    case 'table':
      if (isSection(section, '证据') && !model.evidence) {
        model.evidence = readEvidenceTable(model, node, base, span);
        return;
      }
      addBlock(model, section, 'table', span, node).rows = tableRows(model, node, base).map((r) => r.cells);
      return;
    case 'code':
      addBlock(model, section, 'code', span, node);
      return;
    case 'html':
      addBlock(model, section, 'html', span, node);
      return;
    default:
      addBlock(model, section, 'other', span, node);
  }
}

function addBlock(
  model: CaseModel,
  section: Section | undefined,
  kind: BlockKind,
  span: Span,
  node?: RootContent,
): Block {
  const text = model.text.slice(span.start, span.end);
  const block: Block = {
    kind,
    span,
    text,
    section,
    citations: PROSE.has(kind) ? findEvidenceCitations(text, span.start) : [],
  };
  if (node) block.node = node;
  model.blocks.push(block);
  section?.blocks.push(block);
  return block;
}

const BACKSLASH = 0x5c;
const PIPE = 0x7c;

/** Splits a table row on its unescaped pipes, keeping each cell's span. */
function splitRow(text: string, lineStart: number, lineEnd: number): { text: string; span: Span }[] {
  const cells: { text: string; span: Span }[] = [];
  let i = lineStart;
  while (i < lineEnd && /\s/.test(text[i]!)) i++;
  if (text[i] === '|') i++;
  let cellStart = i;
  const push = (endExclusive: number) => {
    let s = cellStart;
    let e = endExclusive;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const empty = s === e;
    cells.push({
      text: text.slice(s, e),
      span: empty ? { start: cellStart, end: endExclusive } : { start: s, end: e },
    });
  };
  // By code unit: text[i] would make a string of every Chinese character of the row.
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === PIPE) {
      push(i);
      cellStart = i + 1;
    }
  }
  const rest = text.slice(cellStart, lineEnd);
  if (rest.trim() !== '') push(lineEnd);
  return cells;
}

/** A table's rows, each its line and its cells read from that line (remark saw only a skeleton of the rows). */
function tableRows(model: CaseModel, node: Extract<RootContent, { type: 'table' }>, base: number) {
  const { text, lines } = model;
  return node.children.map((row) => {
    const s = spanOf(row, base)!;
    const line = lines.positionAt(s.start).line;
    return {
      span: { start: lines.lineStarts[line]!, end: lines.lineEnd(line) },
      cells: splitRow(text, lines.lineStarts[line]!, lines.lineEnd(line)),
    };
  });
}

function readEvidenceTable(
  model: CaseModel,
  node: Extract<RootContent, { type: 'table' }>,
  base: number,
  span: Span,
): EvidenceTable {
  const rowCells = tableRows(model, node, base);
  const header = rowCells[0]!;
  const columns = header.cells.map((c) => c.text.replace(/\s+/g, ''));
  const missingColumns = EVIDENCE_COLUMNS.filter((c) => !columns.includes(c));
  const rows: EvidenceRow[] = rowCells.slice(1).map(({ span: rowSpan, cells }) => {
    const byColumn: EvidenceRow['cells'] = {};
    columns.forEach((col, i) => {
      if ((EVIDENCE_COLUMNS as readonly string[]).includes(col) && cells[i])
        byColumn[col as EvidenceColumn] = cells[i];
    });
    const idText = byColumn.编号?.text.replace(/\s+/g, '') ?? '';
    const m = /^证据(\d+)$/.exec(idText);
    return {
      id: m ? evidenceId(m[1]!) : idText,
      span: rowSpan,
      cells: byColumn,
      collectors: (byColumn.收集人?.text ?? '')
        .split(/[、,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
  return { span, headerSpan: header.span, columns, missingColumns, rows };
}
