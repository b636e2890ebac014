import { isExcerpt } from '../../core/document-data';
import { defineRule, type LocalReport } from '../../core/rule';
import type { Block, CaseModel } from '../../core/model';
import { cellPieces } from '../../core/wording';

const messages = {
  unclosed: {
    zh: '「{mark}」没有配对的「{other}」。请补上「{other}」或删去多余的「{mark}」。',
    en: 'The opening "{mark}" has no matching "{other}". Add the "{other}" or delete the stray "{mark}".',
  },
  unopened: {
    zh: '「{mark}」前面没有配对的「{other}」。请补上「{other}」或删去多余的「{mark}」。',
    en: 'The closing "{mark}" has no matching "{other}" before it. Add the "{other}" or delete the stray "{mark}".',
  },
};

/** The paired marks of GB/T 15834-2011 that a decision uses: brackets, book titles, quotes, 〔〕 of 文号. */
const PAIRS: Record<string, string> = {
  '（': '）',
  '《': '》',
  '“': '”',
  '〔': '〕',
  '【': '】',
  // The trade-secret marker of the format (docs/publication.md): left open, it would print.
  '〖': '〗',
};
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const MARKS = new RegExp(`[${Object.entries(PAIRS).flat().join('')}]`, 'g');

const PROSE = new Set(['paragraph', 'listItem', 'blockquote', 'heading']);

/**
 * The block's text with what is not printed prose blanked out (same length, so offsets hold):
 * inline code and HTML comments (suppression switches) may hold any characters.
 */
function proseText(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|`[^`\n]*`/g, (m) => ' '.repeat(m.length));
}

/** An excerpt stops inside its last paragraph: what it leaves open there may close after the cut. */
function cutBlock(model: CaseModel): Block | undefined {
  return isExcerpt(model) ? model.blocks.at(-1) : undefined;
}

/** Reports the marks of `text` left unpaired; `cutShort`: what is still open at the end may close after it. */
function scan(
  text: string,
  base: number,
  report: (r: LocalReport<keyof typeof messages>) => void,
  cutShort = false,
): void {
  const stack: { mark: string; at: number }[] = [];
  const unpaired = (messageId: 'unclosed' | 'unopened', mark: string, at: number) =>
    report({
      messageId,
      data: { mark, other: messageId === 'unclosed' ? PAIRS[mark]! : CLOSERS[mark]! },
      span: { start: base + at, end: base + at + 1 },
    });
  // Only the marks are visited: indexing every character made a string of each.
  for (const m of text.matchAll(MARKS)) {
    const ch = m[0];
    const i = m.index;
    if (PAIRS[ch]) stack.push({ mark: ch, at: i });
    else if (CLOSERS[ch]) {
      const opener = CLOSERS[ch]!;
      const depth = stack.map((s) => s.mark).lastIndexOf(opener);
      if (depth < 0) {
        unpaired('unopened', ch, i);
        continue;
      }
      // Everything opened after the matching opener was left unclosed inside it.
      for (const s of stack.splice(depth + 1)) unpaired('unclosed', s.mark, s.at);
      stack.pop();
    }
  }
  if (!cutShort) for (const s of stack) unpaired('unclosed', s.mark, s.at);
}

export default defineRule({
  meta: {
    id: 'wording/unbalanced-marks',
    severity: 'warning',
    description: {
      zh: '括号、书名号、引号须成对',
      en: 'Brackets, book-title marks and quotes come in pairs',
    },
    basis: {
      kind: 'standard',
      zh: 'GB/T 15834-2011《标点符号用法》（引号、括号、书名号）',
      en: 'GB/T 15834-2011 Use of Punctuation Marks (quotes, brackets, book-title marks)',
    },
    docs: 'docs/rules/wording/unbalanced-marks.md',
  },
  messages,
  local: {
    pieces: (ctx) => {
      const cut = cutBlock(ctx.model);
      return [
        // A paragraph is the unit: marks never legitimately span two paragraphs of a decision.
        ...ctx.model.blocks.filter((b) => PROSE.has(b.kind) && b !== cut),
        // Evidence-table cells print as the evidence list: each cell is a unit of its own.
        ...cellPieces(ctx.model),
      ];
    },
    check({ text, kind }, report) {
      scan(kind === 'cell' ? text : proseText(text), 0, report);
    },
  },
  check(ctx) {
    const cut = cutBlock(ctx.model);
    if (cut && PROSE.has(cut.kind)) scan(proseText(cut.text), cut.span.start, ctx.report, true);
  },
});
