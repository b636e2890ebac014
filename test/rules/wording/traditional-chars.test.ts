import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { Converter as RuleConverter } from 'opencc-js/t2cn';
import changes from '../../../data/generated/opencc-t2cn.json';
import { allLaws } from '../../../server/src/core/laws';
import rule, { mayChange } from '../../../server/src/rules/wording/traditional-chars';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

describe('wording/traditional-chars: OpenCC leaves simplified law texts alone', () => {
  it('converting every bundled law text changes no character', () => {
    const convert = Converter({ from: 't', to: 'cn' });
    for (const law of allLaws())
      for (const a of law.articles) assert.equal(convert(a.text), a.text, `${law.id} ${a.label}`);
  });
});

describe('wording/traditional-chars: the texts OpenCC cannot change are skipped', () => {
  // The converter the rule runs, not the full build the law test above uses.
  const convert = RuleConverter({ from: 't', to: 'cn' });
  const listed = new Set([...changes.chars].map((c) => c.codePointAt(0)));

  it('every character outside data/generated/opencc-t2cn.json converts to itself, every one in it changes', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (listed.has(cp)) assert.notEqual(convert(c), c, `U+${cp.toString(16)}`);
      else assert.equal(convert(c), c, `U+${cp.toString(16)} changes but is not listed`);
    }
  });

  it('every listed phrase changes, holds no listed character, and is Han (a literal in the pattern)', () => {
    assert.ok(changes.phrases.length > 0);
    for (const p of changes.phrases) {
      assert.notEqual(convert(p), p, p);
      assert.ok(![...p].some((c) => listed.has(c.codePointAt(0))), p);
    }
    assert.match(changes.chars + changes.phrases.join(''), /^\p{Script=Han}+$/u);
  });

  it('a text mayChange calls unchanged converts to itself', () => {
    // Simplified text and the characters of the listed phrases (沈, 瞭, 覆 …: alone, no change).
    const pieces = [...new Set([...FACT, ...changes.phrases.join('')])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        if (!mayChange(text)) assert.equal(convert(text), text);
      }),
      { numRuns: 3000 },
    );
    assert.equal(mayChange(FACT), false);
    assert.equal(mayChange('沈佳怡'), false);
    assert.equal(mayChange('沈思'), true);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'the clean base', code: BASE },
    {
      name: '著作权法, 乾隆 stay (no false conversion)',
      code: edit(FACT, `当事人曾受《中华人民共和国著作权法》保护。${FACT}`),
    },
  ],
  invalid: [
    {
      name: 'a traditional word',
      code: edit(FACT, FACT.replace('当事人法定代表人', '⟦當⟧事人法定代表人')),
      messageId: 'found',
      output: BASE,
    },
    {
      name: 'two runs',
      messageId: 'found',
      code: edit('培训档案系事后补填', '培训⟦檔⟧案系事⟦後⟧补填'),
      output: BASE,
    },
    {
      name: 'a phrase OpenCC changes though none of its characters alone changes (瞭解)',
      messageId: 'found',
      code: edit('培训档案系事后补填', '培训档案系事后补填，经⟦瞭⟧解'),
      output: edit('培训档案系事后补填', '培训档案系事后补填，经了解'),
    },
    {
      name: 'in a list item',
      messageId: 'found',
      code: edit(FACT, `- 培训⟦檔⟧案不实。[证据2]\n\n${FACT}`),
      output: edit(FACT, `- 培训档案不实。[证据2]\n\n${FACT}`),
    },
  ],
});
