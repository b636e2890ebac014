import { defineRule, replace } from '../../core/rule';
import { datesIn } from '../../core/extract';
import { inside, isProse, printedBlocks, protectedSpans } from '../../core/wording';

const messages = {
  date: {
    zh: '日期「{raw}」应写作「{standard}」：年份写全，用阿拉伯数字，月、日不编虚位（不写 02 月）。',
    en: 'Write the date "{raw}" as "{standard}": full year, Arabic digits, no leading zero in month or day.',
  },
  month: {
    zh: '「{raw}」的月份不编虚位，应写作「{standard}」。',
    en: 'No leading zero in the month of "{raw}": write "{standard}".',
  },
  fix: { zh: '改为「{standard}」', en: 'Change to "{standard}"' },
};

// 2023年02月 without a day: the model's dates need a day, so a bare month is read here.
const MONTH_ONLY = /(?<!\d)(\d{4})年\s*0(\d)\s*月(?!\s*\d{1,2}\s*[日号])/g;

export default defineRule({
  meta: {
    id: 'wording/date-format',
    severity: 'warning',
    description: { zh: '正文日期写作 2023年2月16日', en: 'Dates in the body are written 2023年2月16日' },
    basis: {
      kind: 'standard',
      zh: '《党政机关公文格式》（GB/T 9704-2012）第7.3.5条：用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（据转述，见 docs/wording-and-citations.md）',
      en: 'GB/T 9704-2012, 7.3.5: year, month and day in Arabic digits, full year, no leading zeros (as quoted second-hand; see docs/wording-and-citations.md)',
    },
    docs: 'docs/rules/wording/date-format.md',
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) => printedBlocks(ctx.model),
    check({ text, kind }, report) {
      // The model reads dates in prose (tables print their cells as they are).
      if (isProse(kind)) {
        const skip = protectedSpans(text);
        for (const d of datesIn(text)) {
          if (d.standard || !d.iso || inside(skip, d.span.start, d.span.end)) continue;
          const [y, m, day] = d.iso.split('-').map(Number);
          const standard = `${y}年${m}月${day}日`;
          report({
            messageId: 'date',
            data: { raw: d.raw, standard },
            span: d.span,
            fixes: [{ messageId: 'fix', data: { standard }, edits: [replace(d.span, standard)] }],
          });
        }
      }
      for (const m of text.matchAll(MONTH_ONLY)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const standard = `${m[1]}年${m[2]}月`;
        report({
          messageId: 'month',
          data: { raw: m[0], standard },
          span,
          fixes: [{ messageId: 'fix', data: { standard }, edits: [replace(span, standard)] }],
        });
      }
    },
  },
});
