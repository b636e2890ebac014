// A rule's local check (rule.ts LocalCheck) is run piece by piece and its findings are kept by the
// piece's text, kind and inputs. A kept finding served when what it rests on has changed is the
// worst bug a checker can have: these tests change each thing a check depends on and see it
// checked again, and see kept findings land where their paragraph now is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineRule, lintModel, parseCase, resolveConfig } from '../../server/src/core';
import { attachDictionaries, Dictionary } from '../../server/src/core/dictionary';
import redactionPreview from '../../server/src/rules/structure/redaction-preview';
import nonstandardTerm from '../../server/src/rules/wording/nonstandard-term';
import { BASE, edit } from '../helpers/ruleTester';

const FACT = '实际培训学时为八学时';

/** Reports every 八学时 with the document's decision date; counts the pieces it reads. */
function countingRule() {
  const read: string[] = [];
  const rule = defineRule({
    meta: { ...nonstandardTerm.meta, id: 'test/local', fixable: false, hasSuggestions: false },
    messages: { found: { zh: '{kind} {date}', en: '{kind} {date}' } },
    local: {
      pieces: (ctx) => ctx.model.blocks.filter((b) => b.kind !== 'html'),
      inputs: (ctx) => [ctx.model.facts.程序?.决定],
      check({ text, kind }, report, [date]) {
        read.push(text);
        for (let i = text.indexOf('八学时'); i >= 0; i = text.indexOf('八学时', i + 1))
          report({ messageId: 'found', data: { kind, date: date ?? '' }, span: { start: i, end: i + 3 } });
      },
    },
  });
  return { rule, read };
}

const found = (text: string, rule: ReturnType<typeof countingRule>['rule']) =>
  lintModel(parseCase(text), { rules: [rule] }).filter((d) => d.rule === 'test/local');

describe('engine: local checks, kept by text, kind and inputs', () => {
  it('a second run reads only what changed, and kept findings move with their paragraph', () => {
    const { rule, read } = countingRule();
    const first = found(BASE, rule);
    assert.equal(first.length, 1);
    const paragraphs = read.length;
    // A paragraph inserted before the fact: every later offset moves, no other text changes.
    const moved = edit('## 违法事实\n', '## 违法事实\n\n新增一段说明。\n');
    const again = found(moved, rule);
    assert.deepEqual(read.slice(paragraphs), ['新增一段说明。'], 'only the new paragraph is read');
    const at = moved.indexOf('八学时');
    assert.deepEqual(again[0]!.span, { start: at, end: at + 3 });
    assert.equal(again[0]!.range.start.line, first[0]!.range.start.line + 2);
  });

  it('a changed input checks the piece again: the finding never keeps the old value', () => {
    const { rule, read } = countingRule();
    assert.equal(found(BASE, rule)[0]!.data?.date, '2025-04-15');
    const before = read.length;
    const later = edit('  决定: 2025-04-15', '  决定: 2025-04-20');
    assert.equal(found(later, rule)[0]!.data?.date, '2025-04-20');
    assert.ok(read.length - before > 1, 'every piece is read again under the new input');
    // And back: the first input's findings are not mistaken for the second's either.
    assert.equal(found(BASE, rule)[0]!.data?.date, '2025-04-15');
  });

  it('the same text as another kind of block is checked as that kind', () => {
    const { rule } = countingRule();
    assert.equal(found(BASE, rule)[0]!.data?.kind, 'paragraph');
    const line = BASE.split('\n').find((l) => l.includes(FACT))!;
    const quoted = edit(line, `> ${line}`);
    assert.equal(found(quoted, rule)[0]!.data?.kind, 'blockquote');
  });

  it('a check that throws keeps nothing: the crash is reported on every run until it is fixed', () => {
    let fail = true;
    const flaky = defineRule({
      meta: { ...nonstandardTerm.meta, id: 'test/flaky' },
      messages: { found: { zh: '发现', en: 'found' } },
      local: {
        pieces: (ctx) => ctx.model.blocks,
        check({ text }, report) {
          if (fail && text.includes(FACT)) throw new Error('flaky');
          if (text.includes(FACT)) report({ messageId: 'found', span: { start: 0, end: 1 } });
        },
      },
    });
    const run = () => lintModel(parseCase(BASE), { rules: [flaky] }).map((d) => d.messageId);
    assert.deepEqual(run(), ['ruleCrashed']);
    assert.deepEqual(run(), ['ruleCrashed']);
    fail = false;
    assert.deepEqual(run(), ['found']);
  });

  it("wording/nonstandard-term reads the config's dictionary: an agency entry applies to a paragraph already checked", () => {
    const plain = resolveConfig();
    const agency = attachDictionaries(resolveConfig(), [
      Dictionary.fromData(
        JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'agency-terms.json'), 'utf8')),
      ),
    ]);
    const terms = (config: typeof plain) =>
      lintModel(parseCase(BASE), { rules: [nonstandardTerm], config }).map((d) => d.data?.wrong);
    assert.deepEqual(terms(plain), []);
    assert.ok(terms(agency).includes('培训档案'), 'the agency entry (培训档案 → 培训记录) is found');
    assert.deepEqual(terms(plain), []);
  });

  it("structure/redaction-preview reads the party's data: a body address is masked only while the front matter gives it", () => {
    const person = readFileSync(join(__dirname, '..', 'fixtures', 'individual-decision.case.md'), 'utf8');
    const HOME = '张家港市金港镇长江村三组18号';
    // The address repeated in the facts without a label: only the front matter says it is the home.
    const told = edit('## 违法事实\n', `## 违法事实\n\n当事人在${HOME}堆放杂物。\n`, person);
    const moved = edit(`  住址: ${HOME}`, '  住址: 张家港市杨舍镇人民中路1号', told);
    const masked = (text: string) =>
      lintModel(parseCase(text), { rules: [redactionPreview] })
        .map((d) => d.data?.original)
        .filter((o) => o === HOME).length;
    const labelled = masked(moved);
    assert.equal(masked(told), labelled + 1, 'the unlabelled address is masked');
    assert.equal(masked(moved), labelled, 'and not once the front matter names another home');
    assert.equal(masked(told), labelled + 1);
  });
});
