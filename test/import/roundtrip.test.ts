// Export → import of every sample and template: the imported draft prints the same text, and the
// checks that read the text (wording/*, citation/*) find the same problems in it — each problem
// (rule, message, the words it points at) once, wherever it is reported (a 文号 is checked in the
// front matter and, in the imported draft, on its printed line too). Not compared: the checks that
// read what a DOCX does not carry (officers, the review chain, procedure dates, evidence
// provenance; an imported draft says so with 导入自), and wording/party-name, which compares the
// front matter's name with the text — an export prints the text, so its import takes the name
// from there and the two cannot disagree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { resolveConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { exportDocx, printedParagraphs } from '../../server/src/core/export';
import { importDocument } from '../../server/src/core/import';
import type { CaseModel } from '../../server/src/core/model';
import { parseCase } from '../../server/src/core/parse';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { allRules } from '../../server/src/rules';

const ROOT = join(__dirname, '..', '..');
const SHARED = join(ROOT, 'test', 'fixtures', 'shared', 'examples');
const samples: [string, string][] = [
  ...['clean', 'flawed'].map(
    (d) => [`examples/${d}`, join(ROOT, 'examples', d, 'decision.case.md')] as [string, string],
  ),
  ...readdirSync(join(ROOT, 'data', 'templates')).map(
    (f) => [`template ${f}`, join(ROOT, 'data', 'templates', f)] as [string, string],
  ),
  ...readdirSync(SHARED).map((d) => [`shared ${d}`, join(SHARED, d, 'decision.case.md')] as [string, string]),
];

/** The problems the text checks find in a draft: rule, message id and the words, each once. */
function textFindings(model: CaseModel): string[] {
  const keys = lintModel(model, {
    rules: allRules.filter(
      (r) => /^(wording|citation)\//.test(r.meta.id) && r.meta.id !== 'wording/party-name',
    ),
    config: resolveConfig({}),
    catalog: builtinCatalog(),
    workspace: new InMemoryWorkspace([model]),
  }).map(
    (d) =>
      `${d.rule} ${d.messageId} 「${model.text.slice(d.span.start, d.span.end).replace(/\[证据[\d、，,证据]+\]/g, '')}」`,
  );
  return [...new Set(keys)].sort();
}

describe('import: export → import round trip of every sample and template', function () {
  this.timeout(60000);
  for (const [name, file] of samples) {
    it(name, async () => {
      const model = parseCase(readFileSync(file, 'utf8'), 'file:///sample.case.md');
      const imported = (await importDocument('sample.docx', await exportDocx(model))).model;
      assert.deepEqual(printedParagraphs(imported), printedParagraphs(model), 'the same printed text');
      assert.deepEqual(textFindings(imported), textFindings(model), 'the same findings on the text');
    });
  }
});
