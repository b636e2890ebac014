// Export → import of every sample and template: the imported draft prints the same text, and the
// checks that read the text (wording/*, citation/*) find the same problems in it — each problem
// (rule, message, the words it points at) once, wherever it is reported (a 文号 is checked in the
// front matter and, in the imported draft, on its printed line too). Both ways for the other
// checks: the import finds nothing the original does not, and what it does not find again is either
// a check structure/imported-data names as not run (for want of what a DOCX does not carry:
// officers, the review chain, procedure dates, evidence provenance, a penalty the importer could
// not read) or something the export does not print the way the draft has it (NOT_PRINTED) — never
// a check that silently did not run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { resolveConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { exportDocx, printedParagraphs } from '../../server/src/core/export';
import { rulesNotRun } from '../../server/src/core/document-data';
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

/** Findings an export's import cannot have again, because the printed document does not carry them as the draft does. */
const NOT_PRINTED: Readonly<Record<string, string>> = {
  'evidence/uncited-fact uncited':
    'the printed decision shows no [证据N] markers: its import links facts to evidence by the prose, as a published decision does',
  'structure/placeholder zero':
    'a front-matter placeholder (罚款: 0) is not printed; the printed blank is reported',
  'wording/party-name differs':
    'the import takes the party’s name from the printed text, so the two cannot differ',
  'procedure/seal noSeal': 'the export prints the seal’s place, （印章）',
  'procedure/seal wrongDate': 'the import reads the decision’s date from the printed signing date',
};

/** The problems the text checks find in a draft: rule, message id and the words, each once. */
const textFindings = (model: CaseModel) =>
  findings(
    model,
    allRules.filter((r) => /^(wording|citation)\//.test(r.meta.id) && r.meta.id !== 'wording/party-name'),
  );

/** The words a finding points at: a part's start is its name, however it is marked (`## 证据`, the implied comment). */
const words = (text: string) =>
  text
    .replace(/\[证据[\d、，,证据]+\]/g, '')
    .replace(/^#+\s*/, '')
    .replace(/^<!-- casedraft-section: (.*) -->$/, '$1');

/** The problems every check finds in a draft: rule, message id and the words, each once. */
function findings(model: CaseModel, rules = allRules): string[] {
  const keys = lintModel(model, {
    rules,
    config: resolveConfig({}),
    catalog: builtinCatalog(),
    workspace: new InMemoryWorkspace([model]),
  }).map((d) => `${d.rule} ${d.messageId} 「${words(model.text.slice(d.span.start, d.span.end))}」`);
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
      // Nor does the import add a finding of any check: what the document does not carry (the
      // evidence's provenance, the officers, most dates) is named once by the notice, not faulted.
      const original = new Set(findings(model));
      assert.deepEqual(
        findings(imported).filter((f) => !original.has(f) && !f.startsWith('structure/imported-data ')),
        [],
        'no finding the original does not have',
      );
      const again = new Set(findings(imported).map((f) => f.split(' ').slice(0, 2).join(' ')));
      const notRun = rulesNotRun(imported);
      assert.deepEqual(
        [...new Set(findings(model).map((f) => f.split(' ').slice(0, 2).join(' ')))].filter(
          (k) => !again.has(k) && !notRun.has(k.split(' ')[0]!) && !(k in NOT_PRINTED),
        ),
        [],
        'every finding not found again is named as not run, or is not printed',
      );
    });
  }
});
