/**
 * Writes the draft's body from the original's paragraphs and what recognise.ts found, keeping
 * for every paragraph where it landed, so that a finding on the draft can name the original's
 * paragraph. The text is the original's, character for character: Markdown syntax in it is
 * escaped so that the parser reads it as text and the printer prints it as written.
 */
import { recogniseSection } from '../doctypes';
import { headingPrints } from '../export/printed';
import { parseMarkdown } from '../markdown';
import type { FoundEvidence } from './evidence';
import type { Recognised, SectionStart } from './recognise';
import { squeeze } from './shapes';
import type { SourceParagraph } from './source';

/** Where one original paragraph (or table cell) sits in the draft. */
export interface Segment {
  /** Offsets of its text in the draft. */
  start: number;
  end: number;
  /** The original paragraph's number. */
  n: number;
  /** Where in the original paragraph's text the segment begins (a table cell's offset in its row). */
  column: number;
  /** Draft offsets of the backslashes escaping added. */
  escapes: number[];
}

export interface Body {
  text: string;
  segments: Segment[];
}

export interface BodyPlan {
  paragraphs: readonly SourceParagraph[];
  recognised: Recognised;
  evidence: FoundEvidence[];
  /** Index of the paragraph after which the evidence table goes, and whether it opens its own part. */
  evidenceAt?: { after: number; ownSection: boolean };
  /** Markers to append to paragraphs (by index): `[证据1、证据2]`. */
  markers: Map<number, string[]>;
}

export const EVIDENCE_HEADER = '| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |';

export function writeBody(plan: BodyPlan): Body {
  const { paragraphs, recognised: r } = plan;
  const w = new Writer();
  const starts = new Map(r.sections.map((s) => [s.index, s]));
  let inSection = false;
  let listCount = 0;
  for (let i = r.start; i < r.end; i++) {
    const p = paragraphs[i]!;
    const start = starts.get(i);
    const first = i;
    // A label line of the document's own that names a known part without an ordinal
    // (「行政处罚履行方式和期限：」, a Word heading 「违法事实」) would print nothing as a `##`
    // heading — the printer takes it for a template's structure — so the part is implied and
    // the line stays the part's first paragraph, printed as the document prints it.
    const heading = start?.heading === true && headingPrints(p.text);
    if (start) {
      inSection = true;
      if (!heading) {
        w.line(`<!-- casedraft-section: ${impliedName(start, p)} -->`);
        w.blank();
      }
    }
    if (heading) w.paragraph('## ', p);
    else if (i === r.title) w.paragraph('# ', p);
    else if (r.otherHeadings.has(i) || (p.kind === 'heading' && inSection)) w.paragraph('### ', p);
    else if (p.kind === 'tableRow') {
      while (i + 1 < r.end && paragraphs[i + 1]!.kind === 'tableRow' && paragraphs[i + 1]!.table === p.table)
        i++;
      w.table(paragraphs.slice(first, i + 1));
    } else if (p.kind === 'listItem') {
      const prev = paragraphs[i - 1];
      listCount = prev?.kind === 'listItem' && prev.ordered === p.ordered && !start ? listCount + 1 : 1;
      w.paragraph(p.ordered ? `${listCount}. ` : '- ', p, marker(plan, i));
    } else w.paragraph('', p, marker(plan, i));
    const at = plan.evidenceAt;
    if (at && at.after >= first && at.after <= i) {
      if (at.ownSection) {
        w.line('<!-- casedraft-section: 证据 -->');
        w.blank();
      }
      writeEvidenceTable(w, plan.evidence);
    }
  }
  return { text: w.text, segments: w.segments };
}

/** The implied part's name: a label standing for two parts (「处罚依据和履行方式：」) is named by its own words. */
function impliedName(start: SectionStart, p: SourceParagraph): string {
  if (!start.heading) return start.name;
  const { names } = recogniseSection(p.text);
  return names.length > 1 ? squeeze(p.text).replace(/[：:]$/, '') : start.name;
}

function marker(plan: BodyPlan, i: number): string {
  const ids = plan.markers.get(i);
  return ids?.length ? `[${ids.join('、')}]` : '';
}

function writeEvidenceTable(w: Writer, rows: FoundEvidence[]): void {
  w.line(EVIDENCE_HEADER);
  w.line('|---|---|---|---|---|---|---|');
  rows.forEach((e, i) => {
    const cells = [e.名称, e.种类, e.来源, e.取得时间, e.收集人, e.证明事项].map(
      (c) => escapeCell(c ?? '').text,
    );
    w.row(`| 证据${i + 1} | `, e.origin, cells);
  });
  w.blank();
}

class Writer {
  text = '';
  segments: Segment[] = [];

  line(s: string): void {
    this.text += s + '\n';
  }

  blank(): void {
    this.text += '\n';
  }

  /** One original paragraph on a line of its own, after a prefix (`## `, `1. `), then a blank line. */
  paragraph(prefix: string, p: SourceParagraph, suffix = ''): void {
    const { text, inserted } = escapeLine(p.text);
    const start = this.text.length + prefix.length;
    this.text += prefix + text + suffix + '\n\n';
    this.segments.push({
      start,
      end: start + text.length,
      n: p.n,
      column: 0,
      escapes: inserted.map((k) => start + k),
    });
  }

  /** A row of the evidence table: its cells all come from one original paragraph. */
  row(prefix: string, origin: SourceParagraph, cells: string[]): void {
    const start = this.text.length + prefix.length;
    const line = cells.join(' | ');
    this.text += `${prefix}${line} |\n`;
    this.segments.push({ start, end: start + line.length, n: origin.n, column: 0, escapes: [] });
  }

  /** An original table as a GFM table: its first row is the header. */
  table(rows: readonly SourceParagraph[]): void {
    const width = Math.max(...rows.map((r) => r.cells!.length));
    rows.forEach((row, k) => {
      this.text += '|';
      let column = 0;
      for (let c = 0; c < width; c++) {
        const cell = row.cells![c] ?? '';
        const { text, inserted } = escapeCell(cell);
        const start = this.text.length + 1;
        this.text += ` ${text} |`;
        if (cell) {
          this.segments.push({
            start,
            end: start + text.length,
            n: row.n,
            column,
            escapes: inserted.map((x) => start + x),
          });
          column += cell.length + 1;
        }
      }
      this.text += '\n';
      if (k === 0) this.text += `|${' --- |'.repeat(width)}\n`;
    });
    this.text += '\n';
  }
}

/** A table cell: as a line, and with its pipes escaped. */
function escapeCell(s: string): { text: string; inserted: number[] } {
  const line = escapeLine(s);
  let text = '';
  const inserted: number[] = [];
  let shift = 0;
  const marks = new Set(line.inserted);
  for (let k = 0; k < line.text.length; k++) {
    if (marks.has(k)) inserted.push(k + shift);
    if (line.text[k] === '|') {
      inserted.push(k + shift);
      text += '\\';
      shift++;
    }
    text += line.text[k];
  }
  return { text, inserted };
}

/** Characters that can make Markdown of a line; a line without them is text as it stands. */
const MAYBE_MARKUP = /[\\`*_[\]<>#!|~=+\-]|^\s*\d/;
/** What to escape, in turn, until the parser reads the line as its own text. */
const ESCAPE_STEPS = [/^[#>+\-*=`~|]|(?<=^\d{1,9})[.)]/, /[*_]/g, /[\\`[\]<>!]/g, /[!-/:-@[-`{-~]/g];

/** True when remark reads the line as one paragraph holding exactly the line's text. */
function readsAsText(line: string, escaped: string): boolean {
  const root = parseMarkdown(escaped);
  const p = root.children[0];
  if (root.children.length !== 1 || p?.type !== 'paragraph') return false;
  return (
    p.children.every((c) => c.type === 'text') &&
    p.children.map((c) => (c as { value: string }).value).join('') === line
  );
}

/**
 * The paragraph as Markdown that reads back as the same text: where the parser would read a
 * heading, quote, list, rule, emphasis or link, the characters that make it are backslash-escaped,
 * fewest first (the model's text, which rules read, keeps its backslashes only where needed).
 * Returns where the backslashes went, to map positions back to the original.
 */
export function escapeLine(text: string): { text: string; inserted: number[] } {
  if (!MAYBE_MARKUP.test(text) || readsAsText(text, text)) return { text, inserted: [] };
  const at = new Set<number>();
  for (const step of ESCAPE_STEPS) {
    const re = new RegExp(step.source, step.flags.includes('g') ? 'g' : '');
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      at.add(m.index);
      if (!re.flags.includes('g')) break;
    }
    const escaped = apply(text, at);
    if (readsAsText(text, escaped.text)) return escaped;
  }
  return apply(text, at);
}

function apply(text: string, at: ReadonlySet<number>): { text: string; inserted: number[] } {
  let out = '';
  const inserted: number[] = [];
  for (let k = 0; k < text.length; k++) {
    if (at.has(k)) {
      inserted.push(out.length);
      out += '\\';
    }
    out += text[k];
  }
  return { text: out, inserted };
}
