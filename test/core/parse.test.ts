import assert from 'node:assert/strict';
import { parseCase } from '../../server/src/core';
import { recogniseSection } from '../../server/src/core/doctypes';
import { printedParagraphs } from '../../server/src/core/export';
import { sectionByName } from '../../server/src/core/model';
import { clearMarkdownCache } from '../../server/src/core/markdown';
import { BASE, edit } from '../helpers/ruleTester';

describe('parseCase', () => {
  it('reads front matter, title, sections, evidence, citations, amounts and dates with exact ranges', () => {
    const m = parseCase(BASE);
    assert.equal(m.facts.文书, '行政处罚决定书');
    assert.equal(m.facts.处罚?.罚款, 20000);
    assert.equal(m.title?.text, '行政处罚决定书');
    assert.deepEqual(
      m.sections.map((s) => s.name),
      [
        '当事人',
        '案件来源与调查经过',
        '违法事实',
        '证据',
        '陈述申辩与听证',
        '法律依据与处罚决定',
        '履行方式和期限',
        '救济途径',
        '落款',
      ],
    );
    assert.deepEqual(
      m.evidence?.rows.map((r) => r.id),
      ['证据1', '证据2', '证据3', '证据4'],
    );
    assert.deepEqual(m.evidence?.rows[0]?.collectors, ['顾文杰', '沈佳怡']);
    const cite = m.blocks.flatMap((b) => b.citations).find((c) => c.refs.some((r) => r.id === '证据3'))!;
    assert.equal(BASE.slice(cite.span.start, cite.span.end), '[证据3]');
    const amount = m.amounts.find((a) => a.upper)!;
    assert.equal(amount.upper?.value, 20000);
    assert.equal(amount.digits?.value, 20000);
    assert.ok(m.dates.some((d) => d.iso === '2025-04-15' && d.standard));
    const law = m.lawCitations.find((c) => c.article?.value === 97)!;
    assert.equal(law.law, '中华人民共和国安全生产法');
    assert.equal(law.item?.value, 4);
  });

  it('counts characters in UTF-16 code units, as LSP does (a character outside the BMP is two)', () => {
    const text = edit('经查，当事人主要从事', '经查，𠀀当事人主要从事');
    const m = parseCase(text);
    const block = m.blocks.find((b) => b.text.includes('𠀀'))!;
    const cite = block.citations[0]!;
    const pos = m.lines.positionAt(cite.span.start);
    assert.equal(m.lines.lineText(pos.line).slice(pos.character, pos.character + 5), '[证据1]');
  });

  it('a section heading inside a fenced code block is not a section', () => {
    const m = parseCase(edit('## 证据\n', '```\n## 不是标题\n```\n\n## 证据\n'));
    assert.ok(!m.sections.some((s) => s.name === '不是标题'));
  });

  it('a heading, a fence or an implied section may be indented up to three spaces, not four', () => {
    const titles = (text: string) => parseCase(text).sections.map((s) => s.title);
    const base = titles(edit('## 证据\n', '## 证据\n'));
    assert.deepEqual(titles(edit('## 证据\n', '   ## 证据\n')), base);
    assert.deepEqual(titles(edit('## 证据\n', '    ## 证据\n')).length, base.length - 1);
    assert.deepEqual(titles(edit('## 证据\n', '   ~~~\n## 不是标题\n~~~\n\n## 证据\n')), base);
    assert.ok(titles(edit('## 证据\n', '  <!-- casedraft-section: 证据 -->\n')).includes('证据'));
  });

  it('a broken draft still yields what can be read', () => {
    const m = parseCase(edit('案由: 张家港市', '案由: [张家港市'));
    assert.equal(m.frontMatter.data, undefined);
    assert.ok(m.frontMatter.problems.length > 0);
    assert.ok(m.sections.length >= 8, 'the body is still read');
    assert.ok(m.evidence);
  });

  it('re-parsing after an edit in one section gives the same model as a fresh parse', () => {
    parseCase(BASE);
    const edited = edit('现有从业人员四十二人', '现有从业人员四十三人');
    const warm = parseCase(edited);
    clearMarkdownCache();
    const cold = parseCase(edited);
    const strip = (m: ReturnType<typeof parseCase>) =>
      JSON.stringify({
        s: m.sections.map((s) => [s.name, s.span, s.blocks.map((b) => [b.kind, b.span, b.citations])]),
        e: m.evidence?.rows,
      });
    assert.equal(strip(warm), strip(cold));
  });

  it('an implied section starts at its comment line, with the canonical name, and prints nothing', () => {
    // A published decision whose facts follow 当事人 with no heading of their own.
    const text = edit('## 违法事实\n', '<!-- casedraft-section: 违法事实 -->\n');
    const m = parseCase(text);
    const facts = m.sections.find((s) => s.name === '违法事实')!;
    assert.equal(facts.implied, true);
    assert.equal(facts.known, true);
    assert.equal(
      text.slice(facts.headingSpan.start, facts.headingSpan.end),
      '<!-- casedraft-section: 违法事实 -->',
    );
    assert.ok(facts.blocks.some((b) => b.text.startsWith('经查，当事人主要从事')));
    const before = m.sections[m.sections.indexOf(facts) - 1]!;
    assert.ok(
      !before.blocks.some((b) => b.text.startsWith('经查')),
      'the section before ends at the comment',
    );
    // Not printed: neither the comment nor a heading, though `## 一、违法事实` would print.
    const printed = printedParagraphs(m);
    assert.ok(!printed.some((p) => p.includes('casedraft-section') || p === '违法事实'));
    assert.deepEqual(printed, printedParagraphs(parseCase(edit('## 违法事实\n', '## 违法事实\n'))));
  });

  it('a comment in a fenced block or inside a line is no section', () => {
    const m = parseCase(
      edit(
        '## 证据\n',
        '```\n<!-- casedraft-section: 不是 -->\n```\n\n文中 <!-- casedraft-section: 也不是 -->\n\n## 证据\n',
      ),
    );
    assert.ok(!m.sections.some((s) => s.name === '不是' || s.name === '也不是'));
  });

  it('a national-template heading stands for the sections it names (环境违法事实和证据 is facts and evidence)', () => {
    const text = edit('## 违法事实\n', '## 一、环境违法事实和证据\n').replace('## 证据\n', '');
    const m = parseCase(text);
    const s = m.sections.find((x) => x.title === '一、环境违法事实和证据')!;
    assert.deepEqual(s.names, ['违法事实', '证据']);
    assert.equal(sectionByName(m, '证据'), s);
    assert.equal(m.evidence?.rows.length, 4, 'the table inside it is the evidence table');
    assert.deepEqual(recogniseSection('二、行政处罚的依据、种类及其履行方式、期限').names, [
      '法律依据与处罚决定',
      '履行方式和期限',
    ]);
    assert.deepEqual(recogniseSection('四、申请复议或者提起诉讼的途径和期限').names, ['救济途径']);
    // Headings are compared by their words, not their joining words and pauses.
    assert.deepEqual(recogniseSection('三、违法事实及相关证据').names, ['违法事实', '证据']);
    assert.deepEqual(recogniseSection('二、案件来源及调查经过').names, ['案件来源与调查经过']);
    assert.deepEqual(recogniseSection('四、行政处罚事前告知与当事人陈述、 申辩、听证情况').names, [
      '陈述申辩与听证',
    ]);
    assert.deepEqual(recogniseSection('五、行政处罚履行方式和期限').names, ['履行方式和期限']);
  });
});
