import data from '../../../../data/colloquial.json';
import { boundariesOf, type Boundaries } from '../../core/dictionary';
import { quoted } from '../../core/i18n';
import { defineRule, replace } from '../../core/rule';
import { cellPieces, inside, notOwnWords } from '../../core/wording';
import type { Span } from '../../core/types';

const messages = {
  colloquial: {
    zh: '「{word}」是口语，不宜用于正式文书：{reason}请改为{formal}。',
    en: '"{word}" is colloquial and does not belong in a formal document: {reason} Use {formal} instead.',
  },
  emotive: {
    zh: '「{word}」是带感情色彩的评价，决定书应当陈述事实：{reason}可改为{formal}，或删去并写明相应事实。',
    en: '"{word}" is an emotive judgement; a decision states facts: {reason} Consider {formal}, or delete it and state the facts.',
  },
  fix: { zh: '改为「{to}」', en: 'Change to "{to}"' },
};

interface Entry {
  word: string;
  formal: string[];
  certain?: boolean;
  except?: string[];
  kind?: 'colloquial' | 'emotive';
  reason: string;
  source: string;
}

/** Longest first, so 弄坏 is found before 弄 and each place is reported once. */
const ENTRIES: Entry[] = [...(data.entries as Entry[])].sort((a, b) => b.word.length - a.word.length);
const PROSE = new Set(['paragraph', 'listItem', 'blockquote', 'heading']);

export default defineRule({
  meta: {
    id: 'wording/colloquial',
    severity: 'info',
    description: { zh: '正文不用口语和带感情色彩的词', en: 'No colloquial or emotive words in the body' },
    basis: {
      kind: 'house',
      zh: '用法律文本自己的词（data/colloquial.json 各词所列来源）',
      en: "the statutes' own words (the sources listed for each word in data/colloquial.json)",
    },
    docs: 'docs/rules/wording/colloquial.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) =>
      // Records (询问笔录, 现场检查笔录) write down what people said, in their words.
      ctx.model.doctype?.kind === 'record'
        ? []
        : [
            ...ctx.model.blocks.filter((b) => PROSE.has(b.kind)),
            // The evidence table prints as the evidence list: its cells are printed words too.
            ...cellPieces(ctx.model),
          ],
    check({ text }, report) {
      const skip = notOwnWords(text);
      let bounds: Boundaries | undefined;
      const taken: Span[] = [];
      for (const entry of ENTRIES) {
        let from = 0;
        for (;;) {
          const i = text.indexOf(entry.word, from);
          if (i < 0) break;
          from = i + entry.word.length;
          const local = { start: i, end: i + entry.word.length };
          if (inside(skip, local.start, local.end)) continue;
          // Matched where a word starts: 罚单 is no word of 被处罚单位 (处罚/单位).
          bounds ??= boundariesOf(text);
          if (!bounds.isStart(local.start)) continue;
          if (taken.some((t) => t.start < local.end && local.start < t.end)) continue;
          if (entry.except?.some((e) => partOf(text, local, e))) continue;
          // 「100弄」 is a lane in an address, not the verb.
          if (/\d$/.test(text.slice(0, local.start))) continue;
          taken.push(local);
          const span = { ...local };
          const reason = { zh: entry.reason, en: englishReason(entry) };
          const edits = entry.formal.map((to) => ({
            messageId: 'fix' as const,
            data: { to },
            edits: [replace(span, to)],
          }));
          report({
            messageId: entry.kind === 'emotive' ? 'emotive' : 'colloquial',
            data: {
              word: entry.word,
              formal: { list: entry.formal.map(quoted), join: 'or' },
              reason,
            },
            span,
            // Only a word whose first alternative always fits is replaced without asking.
            fixes: entry.certain ? edits.slice(0, 1) : undefined,
            suggestions: entry.certain ? edits.slice(1) : edits,
          });
        }
      }
    },
  },
});

/** True when the word at `at` lies inside an occurrence of the longer word `whole`. */
function partOf(text: string, at: Span, whole: string): boolean {
  for (let s = Math.max(0, at.end - whole.length); s <= at.start; s++)
    if (text.startsWith(whole, s)) return true;
  return false;
}

/** The data's reasons are Chinese (the users' language); English gets the kind and the source. */
function englishReason(entry: Entry): string {
  return `${entry.kind === 'emotive' ? 'an emotive judgement' : 'a colloquial word'} (source: ${entry.source}).`;
}
