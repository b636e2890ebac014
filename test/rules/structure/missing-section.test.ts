import assert from 'node:assert/strict';
import rule from '../../../server/src/rules/structure/missing-section';
import { lintModel, parseCase } from '../../../server/src/core';
import { applyFixes, BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const REMEDY = BASE.slice(BASE.indexOf('## 救济途径'), BASE.indexOf('## 落款'));
const WITHOUT_REMEDY = edit(REMEDY, '');

ruleTester(rule, {
  valid: [
    { name: 'all sections', code: BASE },
    {
      name: 'sections with Chinese ordinals',
      code: BASE.replace('## 当事人', '## 一、当事人').replace('## 违法事实', '## 二、违法事实'),
    },
    { name: 'an alias of a section name', code: edit('## 当事人\n', '## 当事人基本情况\n') },
    {
      name: 'a published decision: national-template headings and implied sections',
      code: PUBLISHED,
    },
    {
      name: 'evidence set out inside the facts (主要证据有：……) is the evidence part',
      code: PUBLISHED.replace('## 一、环境违法事实和证据', '<!-- casedraft-section: 违法事实 -->'),
    },
    {
      name: 'an unknown document type is another rule’s finding',
      code: edit('文书: 行政处罚决定书', '文书: 某某书'),
    },
  ],
  invalid: [
    {
      name: 'a facts section with no evidence in it and no evidence section',
      code: PUBLISHED.replace('## 一、环境违法事实和证据', '<!-- casedraft-section: 违法事实 -->')
        .replace(/以上事实，有《现场监察记录》[^。]*。/, '')
        .replace('\n# 行政处罚决定书\n', '\n⟦# 行政处罚决定书⟧\n'),
      messageIncludes: '证据',
    },
    {
      name: 'the remedy section missing',
      code: WITHOUT_REMEDY.replace('# 行政处罚决定书\n', '⟦# 行政处罚决定书⟧\n'),
      messageId: 'missing',
      messageIncludes: '救济途径',
    },
    {
      name: 'two sections missing: one diagnostic each',
      code: edit('## 陈述申辩与听证', '## 陈述申辩与听证X', WITHOUT_REMEDY).replace(
        '# 行政处罚决定书\n',
        '⟦⟦# 行政处罚决定书⟧⟧\n',
      ),
    },
  ],
});

describe('structure/missing-section fix', () => {
  it('inserts the section from the template before the next required section, and the draft is then complete', () => {
    const model = parseCase(WITHOUT_REMEDY);
    const [d] = lintModel(model, { rules: [rule] });
    assert.ok(d?.fixes?.[0]);
    const fixed = applyFixes(WITHOUT_REMEDY, [d.fixes[0]]);
    assert.ok(fixed.indexOf('## 救济途径') < fixed.indexOf('## 落款'));
    assert.ok(fixed.includes('六十日内'));
    assert.deepEqual(lintModel(parseCase(fixed), { rules: [rule] }), []);
  });
});
