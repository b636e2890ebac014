import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { mergeFixes } from '../core/fixes';
import { localize } from '../core/i18n';
import type { CaseModel } from '../core/model';
import type { CaseDiagnostic, Locale } from '../core/types';
import type { DiagnosticData } from './convert';
import { lspMessages } from './messages';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.casedraft`;

function isData(v: unknown): v is DiagnosticData {
  return !!v && typeof v === 'object' && typeof (v as DiagnosticData).rule === 'string';
}

export interface CodeActionInput {
  model: CaseModel;
  /** The core's findings for this very version of the document. */
  current: readonly CaseDiagnostic[];
  /** What the client sent back: the diagnostics under the cursor. */
  context: readonly Diagnostic[];
  only?: readonly string[];
  locale: Locale;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { model, current, locale } = input;
  const uri = model.uri;
  const wants = (kind: string) =>
    !input.only?.length || input.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wants(CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const d of input.context) {
      if (d.source !== 'casedraft' || !isData(d.data)) continue;
      const data = d.data;
      data.fixes?.forEach((f, i) =>
        out.push({
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === 0,
          edit: edit(f.edits),
        }),
      );
      for (const s of data.suggestions ?? []) {
        out.push({
          title: localize(lspMessages.suggestion, locale, { title: s.title }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(s.edits),
        });
      }
      if (!seenRules.has(data.rule)) {
        seenRules.add(data.rule);
        const fixable = current.filter((c) => c.rule === data.rule && c.fixes?.length);
        if (fixable.length > 1) {
          out.push({
            title: localize(lspMessages.fixAllRule, locale, { rule: data.rule, count: fixable.length }),
            kind: CodeActionKind.QuickFix,
            edit: edit(mergeFixes(fixable.map((c) => c.fixes![0]!)).edits),
          });
        }
        const disable = disableEdits(model, d.range.start.line, data.rule);
        if (disable) {
          out.push({
            title: localize(disable.title, locale, { rule: data.rule }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: edit(disable.edits),
          });
        }
      }
    }
  }
  if (wants(FIX_ALL_KIND) && input.only?.length) {
    // Only on request (editor.codeActionsOnSave or the "Fix all" command), never in the light-bulb list.
    const fixes = current.filter((c) => c.fixes?.length).map((c) => c.fixes![0]!);
    if (fixes.length)
      out.push({
        title: localize(lspMessages.fixAll, locale),
        kind: FIX_ALL_KIND,
        edit: edit(mergeFixes(fixes).edits),
      });
  }
  return out;
}

/**
 * The comment that silences a rule where the diagnostic is. A comment line inside a Markdown table
 * would split the table, so there the whole table is wrapped in disable/enable; in the front matter
 * the directive goes in a YAML comment. The front matter's opening fence cannot be preceded by
 * anything, so no action is offered there.
 */
function disableEdits(
  model: CaseModel,
  line: number,
  rule: string,
): { title: typeof lspMessages.disableNextLine; edits: TextEdit[] } | undefined {
  const offset = model.lines.lineStarts[line];
  if (offset === undefined) return undefined;
  const fm = model.frontMatter;
  if (fm.span && offset < fm.span.end) {
    if (!fm.contentSpan || offset < fm.contentSpan.start || fm.unterminated) return undefined;
    const indent = model.lines.lineText(line).match(/^[ \t]*/)![0];
    return {
      title: lspMessages.disableNextLine,
      edits: [{ range: at(line, 0), newText: `${indent}# <!-- casedraft-disable-next-line ${rule} -->\n` }],
    };
  }
  const table = model.blocks.find((b) => b.kind === 'table' && offset >= b.span.start && offset < b.span.end);
  if (table) {
    const first = model.lines.positionAt(table.span.start).line;
    const last = model.lines.positionAt(Math.max(table.span.start, table.span.end - 1)).line;
    const end = model.lines.positionAt(model.lines.lineEnd(last));
    return {
      title: lspMessages.disableTable,
      edits: [
        { range: at(first, 0), newText: `<!-- casedraft-disable ${rule} -->\n` },
        { range: { start: end, end }, newText: `\n\n<!-- casedraft-enable ${rule} -->` },
      ],
    };
  }
  return {
    title: lspMessages.disableNextLine,
    edits: [{ range: at(line, 0), newText: `<!-- casedraft-disable-next-line ${rule} -->\n` }],
  };
}

const at = (line: number, character: number): Range => ({
  start: { line, character },
  end: { line, character },
});
