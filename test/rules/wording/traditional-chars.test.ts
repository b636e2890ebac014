import assert from 'node:assert/strict';
import { Converter } from 'opencc-js';
import { allLaws } from '../../../server/src/core/laws';
import rule from '../../../server/src/rules/wording/traditional-chars';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const FACT = '当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，未如实记录培训时间和内容。';

describe('wording/traditional-chars: OpenCC leaves simplified law texts alone', () => {
  it('converting every bundled law text changes no character', () => {
    const convert = Converter({ from: 't', to: 'cn' });
    for (const law of allLaws())
      for (const a of law.articles) assert.equal(convert(a.text), a.text, `${law.id} ${a.label}`);
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
      name: 'in a list item',
      messageId: 'found',
      code: edit(FACT, `- 培训⟦檔⟧案不实。[证据2]\n\n${FACT}`),
      output: edit(FACT, `- 培训档案不实。[证据2]\n\n${FACT}`),
    },
  ],
});
