import { defineRule, replace, type Edit } from '../../core/rule';
import { inside, isHan, proseBlocks, protectedSpans } from '../../core/wording';

const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const messages = {
  mark: {
    zh: '中文文字中的半角「{mark}」应为全角「{full}」。',
    en: 'The half-width "{mark}" in Chinese text should be the full-width "{full}".',
  },
  pair: {
    zh: '中文文字中的半角{kind}应为全角「{full}」。',
    en: 'Half-width {kind} in Chinese text should be the full-width "{full}".',
  },
  fix: { zh: '改为全角「{full}」', en: 'Change to the full-width "{full}"' },
};

/** The nearest character that is not a space, looking left (-1) or right (+1). */
function near(text: string, i: number, dir: -1 | 1): string | undefined {
  for (let j = i + dir; j >= 0 && j < text.length; j += dir) if (!/[ \t]/.test(text[j]!)) return text[j];
  return undefined;
}

const isChineseSide = (ch: string | undefined) =>
  isHan(ch) || (!!ch && /[\u3000-\u303f\uff00-\uffef“”‘’]/.test(ch));

export default defineRule({
  meta: {
    id: 'wording/punctuation',
    severity: 'info',
    description: { zh: '中文文字使用全角标点', en: 'Full-width punctuation in Chinese text' },
    // No bundled text states the punctuation rule; it is the project's convention for the
    // printed decision (Art. 59), said plainly rather than cite a standard from memory.
    basis: {
      kind: 'house',
      zh: '中文正文用全角标点',
      en: 'full-width punctuation in Chinese text',
    },
    docs: 'docs/rules/wording/punctuation.md',
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) => proseBlocks(ctx.model),
    check({ text }, report) {
      if (!/\p{Script=Han}/u.test(text)) return;
      const skip = protectedSpans(text);
      const at = (i: number) => ({ start: i, end: i + 1 });
      // Headings and list bullets are Markdown syntax, not text: a leading `#` line is left as is.
      // Found by a regular expression, not char by char: text[i] of a Chinese character allocates
      // a string, and this ran over every character of every paragraph.
      for (const m of text.matchAll(/[,;:?!]/g)) {
        const ch = m[0];
        const i = m.index;
        if (inside(skip, i)) continue;
        const before = near(text, i, -1);
        const after = near(text, i, 1);
        // 150,000 and 10:30 are numbers; a mark between two digits or Latin letters stays.
        if (/[\dA-Za-z]/.test(before ?? '') && /[\dA-Za-z]/.test(after ?? '')) continue;
        if (!isChineseSide(before) && !isChineseSide(after)) continue;
        const full = FULL[ch]!;
        report({
          messageId: 'mark',
          data: { mark: ch, full },
          span: at(i),
          fixes: [{ messageId: 'fix', data: { full }, edits: [replace(at(i), full)] }],
        });
      }
      // Brackets: a pair whose content is Chinese. (HJ 91.1—2019) or (¥150,000.00) stay as written.
      // Most paragraphs have none: the counts below are made only for one that has.
      if (text.includes('(')) {
        // hanBefore[i]: Han characters before offset i, so a pair's content is tested in O(1) however deep the nesting.
        const hanBefore = new Uint32Array(text.length + 1);
        for (let i = 0; i < text.length; i++) hanBefore[i + 1] = hanBefore[i]! + (isHan(text[i]) ? 1 : 0);
        const stack: number[] = [];
        for (const m of text.matchAll(/[()]/g)) {
          const i = m.index;
          if (inside(skip, i)) continue;
          if (m[0] === '(') stack.push(i);
          else if (stack.length) {
            const open = stack.pop()!;
            const hasHan = hanBefore[i]! > hanBefore[open + 1]!;
            // Chinese content, or the digits of an amount after its uppercase form: 贰万元整(¥20,000.00).
            if (!hasHan && !(/^\s*[¥￥]/.test(text.slice(open + 1, i)) && isHan(near(text, open, -1))))
              continue;
            const edits: Edit[] = [replace(at(open), '（'), replace(at(i), '）')];
            report({
              messageId: 'pair',
              data: { kind: { zh: '括号', en: 'brackets' }, full: '（）' },
              span: { start: at(open).start, end: at(i).end },
              fixes: [{ messageId: 'fix', data: { full: '（）' }, edits }],
            });
          }
        }
      }
      // Straight quotes, paired in order: “…” for ", ‘…’ for '.
      for (const [q, open, close, kind] of [
        ['"', '“', '”', { zh: '引号', en: 'quotes' }],
        ["'", '‘', '’', { zh: '单引号', en: 'single quotes' }],
      ] as const) {
        const at2: number[] = [];
        for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) if (!inside(skip, i)) at2.push(i);
        for (let k = 0; k + 1 < at2.length; k += 2) {
          const a = at2[k]!;
          const b = at2[k + 1]!;
          if (!/\p{Script=Han}/u.test(text.slice(a + 1, b))) continue;
          const full = open + close;
          report({
            messageId: 'pair',
            data: { kind, full },
            span: { start: at(a).start, end: at(b).end },
            fixes: [
              { messageId: 'fix', data: { full }, edits: [replace(at(a), open), replace(at(b), close)] },
            ],
          });
        }
      }
    },
  },
});
