import { Converter } from 'opencc-js/t2cn';
import changes from '../../../../data/generated/opencc-t2cn.json';
import { defineRule, replace } from '../../core/rule';
import { inside, printedBlocks, protectedSpans } from '../../core/wording';

// OpenCC, traditional (t) → mainland simplified (cn). Converting every law text in data/laws/
// changes no character (test/rules/wording/traditional-chars.test.ts), so simplified text is safe.
// Built on first use; the rule's local check keeps each paragraph's findings (the template's
// paragraphs, 救济途径, 履行方式 …, recur in every draft of a folder).
let convert: ((s: string) => string) | undefined;
const toSimplified = (s: string): string => {
  // Building OpenCC's dictionary costs ≈ 15 ms; a text holding nothing it maps converts to itself
  // (data/generated/opencc-t2cn.json, made by scripts/gen.mjs from OpenCC's own dictionaries).
  if (!mayChange(s)) return s;
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(s);
};

let changing: RegExp | undefined;
/** False when OpenCC leaves the text as it is: it holds no character and no phrase OpenCC maps. */
export function mayChange(text: string): boolean {
  // Every character and phrase is Han (the rule's test checks it): nothing to escape.
  changing ??= new RegExp(`[${changes.chars}]|${changes.phrases.join('|')}`, 'u');
  return changing.test(text);
}

const messages = {
  found: {
    zh: '「{from}」是繁体字，简体文书应写作「{to}」。',
    en: '"{from}" is in traditional characters; a simplified document writes "{to}".',
  },
  fix: { zh: '改为「{to}」', en: 'Change to "{to}"' },
};

export default defineRule({
  meta: {
    id: 'wording/traditional-chars',
    severity: 'warning',
    description: { zh: '简体文书中不用繁体字', en: 'No traditional characters in a simplified document' },
    // No bundled text states the character rule; the rule is the project's convention for a
    // document printed under Art. 59, and says so rather than cite a law from memory.
    basis: {
      kind: 'law',
      zh: '《中华人民共和国国家通用语言文字法》第九条（国家机关以规范汉字为公务用字）',
      en: 'Law on the Standard Spoken and Written Chinese Language, Art. 9 (state organs write in standard characters)',
    },
    docs: 'docs/rules/wording/traditional-chars.md',
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) => printedBlocks(ctx.model),
    check({ text }, report) {
      if (!/\p{Script=Han}/u.test(text)) return;
      const out = toSimplified(text);
      // OpenCC maps character for character here; if a phrase changed length, compare nothing.
      if (out.length !== text.length || out === text) return;
      const skip = protectedSpans(text);
      for (let i = 0; i < text.length;) {
        if (text[i] === out[i] || inside(skip, i)) {
          i++;
          continue;
        }
        let j = i;
        while (j < text.length && text[j] !== out[j] && !inside(skip, j)) j++;
        const span = { start: i, end: j };
        const from = text.slice(i, j);
        const to = out.slice(i, j);
        report({
          messageId: 'found',
          data: { from, to },
          span,
          fixes: [{ messageId: 'fix', data: { to }, edits: [replace(span, to)] }],
        });
        i = j;
      }
    },
  },
});
