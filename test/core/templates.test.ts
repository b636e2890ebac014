// A fresh draft from a template has findings only about its placeholders （…）: nothing the
// template itself leaves out or gets wrong (issue 17: "the template gives no error for data it
// leaves out except its placeholders"). Checked with every rule and the bundled catalog, as the
// officer's editor checks it.
import { strict as assert } from 'node:assert';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { DOCTYPES } from '../../server/src/core/doctypes';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { templateFor } from '../../server/src/core/templates';
import { allRules } from '../../server/src/rules';

/** A placeholder: words in full-width brackets the officer replaces (（当事人全称）, （18位代码）). */
const PLACEHOLDER = /（[^（）\n]{1,30}）/g;

describe('templates: a fresh draft has findings only about its placeholders', () => {
  for (const d of DOCTYPES) {
    it(d.name, () => {
      const text = templateFor(d.id)!;
      const model = parseCase(text, `file:///new-${d.id}.case.md`);
      const spans = [...text.matchAll(PLACEHOLDER)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      assert.ok(spans.length > 3, 'the template has placeholders');
      const findings = lintModel(model, { rules: allRules, catalog: builtinCatalog() });
      // structure/placeholder names the template's blanks ((…), and a 罚款 of 0): its placeholders.
      const off = findings.filter((f) => {
        if (f.rule === 'structure/placeholder') return false;
        const start = model.lines.offsetAt(f.range.start);
        const end = model.lines.offsetAt(f.range.end);
        // On the placeholder, or on a paragraph or line that holds one.
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
        return !spans.some((s) => s.start < lineEnd && s.end > lineStart);
      });
      assert.deepEqual(
        off.map((f) => `${f.range.start.line + 1} ${f.rule} ${f.severity}`),
        [],
        'findings on lines without a placeholder',
      );
    });
  }
});
