import { resolveCitations } from '../../core/citations';
import {
  CHUFA_2021_IN_FORCE,
  CHUFA_RENUMBERING as TABLE,
  provisionLabel as label,
} from '../../core/renumbering';
import { defineRule, replace } from '../../core/rule';

const ENTRIES = TABLE.entries.map((e) => ({ ...e, re: new RegExp(e.keywords) }));

const messages = {
  old: {
    zh: '决定日期为{date}，适用2021年修订的《中华人民共和国行政处罚法》（2021年7月15日起施行），但「{cited}」是2017年文本的条号（{topic}）；现行条号为「{now}」，请核对后改正。',
    en: 'The decision is dated {date}, under the 2021 Administrative Penalty Law (in force from 2021-07-15), but "{cited}" is the 2017 number ({topic}); it is now "{now}": check and correct.',
  },
  fix: { zh: '改为「{now}」', en: 'Change to "{now}"' },
};

export default defineRule({
  meta: {
    id: 'citation/superseded',
    severity: 'warning',
    description: {
      zh: '不引用行政处罚法修订前的条号',
      en: 'No pre-2021 article numbers of the Administrative Penalty Law',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十七条、第八十六条',
      en: 'Administrative Penalty Law, Arts. 37 and 86',
      // The engine does not run it on a decision made under the 2017 text, which cites its numbers rightly.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/citation/superseded.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    // Without a date it cannot tell which numbering the decision is under: stay silent.
    const date = ctx.lawDate;
    if (!date) return;
    for (const r of resolveCitations(ctx.model)) {
      const c = r.citation;
      if (r.law?.id !== TABLE.law || !c.article?.value) continue;
      const block = c.block;
      // The sentence around the citation says what it is cited for.
      const rel = c.span.start - block.span.start;
      const from = Math.max(block.text.lastIndexOf('。', rel), block.text.lastIndexOf('；', rel)) + 1;
      const ends = [block.text.indexOf('。', rel), block.text.indexOf('；', rel)].filter((x) => x >= 0);
      const sentence = block.text.slice(from, ends.length ? Math.min(...ends) : block.text.length);
      const e = ENTRIES.find(
        (x) =>
          x.old.article === c.article!.value &&
          (x.old.paragraph === undefined || x.old.paragraph === c.paragraph?.value) &&
          x.re.test(sentence),
      );
      if (!e) continue;
      const start = c.article.span.start - 1; // the 第 before the number
      const span = { start, end: c.span.end };
      const cited = ctx.model.text.slice(span.start, span.end);
      const now = label(e.new);
      ctx.report({
        messageId: 'old',
        data: { date, cited, topic: e.topic, now },
        span,
        // Recognising the subject needs judgement: a suggestion, not a fix.
        suggestions: [{ messageId: 'fix', data: { now }, edits: [replace(span, now)] }],
      });
    }
  },
});
