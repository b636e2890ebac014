import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { exportDocx, printedParagraphs } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { openDocx } from './docxReader';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples/clean/decision.case.md'), 'utf8');
const FRONT = SAMPLE.slice(0, SAMPLE.indexOf('# 行政处罚决定书'));

// Text an officer writes, plus the characters that break XML writers and Markdown readers.
const hard = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '*',
  '_',
  '`',
  '|',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '#',
  '　',
  ' ',
  '\t',
  '\u0001',
  '\uFFFF',
  '\uD800',
  '😀',
  '〔',
  '〕',
  '¥',
];
const han = fc.constantFrom(
  ...'当事人违法事实证据经查本机关决定罚款人民币壹贰叁万元整年月日，。；：、（）《》“”0123456789ABCxyz'.split(
    '',
  ),
);
const char = fc.oneof(
  { weight: 6, arbitrary: han },
  { weight: 2, arbitrary: fc.constantFrom(...hard) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const sentence = fc.array(char, { minLength: 1, maxLength: 40 }).map((a) => a.join('').replace(/\n/g, ''));
const cite = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 })
  .map((ns) => ns.map((n) => `[证据${n}]`).join(''));
const fact = fc.tuple(sentence, cite).map(([s, c]) => `${s}${c}`);
const row = fc
  .tuple(sentence, fc.constantFrom('书证', '现场笔录', '当事人的陈述'), sentence)
  .map(([name, kind, proves]) => [name, kind, proves].map((c) => c.replace(/[|\\]/g, '')));

const draft = fc
  .record({
    party: fc.array(sentence, { minLength: 1, maxLength: 3 }),
    facts: fc.array(fact, { minLength: 1, maxLength: 4 }),
    evidence: fc.array(row, { minLength: 0, maxLength: 4 }),
    decision: fc.array(sentence, { minLength: 1, maxLength: 3 }),
    extra: fc.option(fc.tuple(sentence, sentence), { nil: undefined }),
  })
  .map(
    ({ party, facts, evidence, decision, extra }) =>
      [
        FRONT + '# 行政处罚决定书',
        '## 当事人',
        party.join('\n\n'),
        '## 违法事实',
        facts.join('\n\n'),
        '## 证据',
        '| 编号 | 名称 | 种类 | 来源 | 取得时间 | 收集人 | 证明事项 |\n|---|---|---|---|---|---|---|\n' +
          evidence
            .map(
              ([n, k, p], i) =>
                `| 证据${i + 1} | ${n} | ${k} | 当事人提供 | 2025-03-10 | 顾文杰、沈佳怡 | ${p} |`,
            )
            .join('\n'),
        ...(extra ? [`## ${extra[0]}`, extra[1]] : []),
        '## 法律依据与处罚决定',
        decision.join('\n\n'),
        '## 落款',
        '张家港市应急管理局\n\n2025年4月15日\n\n（印章）',
      ].join('\n\n') + '\n',
  );

describe('export: property', () => {
  it('for generated drafts, the DOCX text is exactly the model’s printed text, without [证据N]', async function () {
    this.timeout(120000);
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        const model = parseCase(text);
        const printed = printedParagraphs(model);
        const doc = await openDocx(await exportDocx(model));
        assert.deepEqual(doc.paragraphs(), printed);
        for (const p of printed) assert.doesNotMatch(p, /\[\s*证据\s*\d+(?:\s*[、,，]\s*证据\s*\d+)*\s*\]/);
        assert.ok(printed.every((p) => p.length > 0 && p === p.trim()));
      }),
      { numRuns: 60 },
    );
  });
});
