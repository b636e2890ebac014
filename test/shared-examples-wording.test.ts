import assert from 'node:assert/strict';
import path from 'node:path';
import { cli } from './cli/run';

import { SHARED } from './cli/run';

interface JsonFile {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number } } }[];
}

function lint(dir: string, ...options: string[]): { code: number | null; file: JsonFile } {
  const r = cli(['lint', path.join(SHARED, 'examples', dir), '--format', 'json', ...options]);
  return { code: r.code, file: (JSON.parse(r.stdout) as JsonFile[])[0]! };
}

const mine = (d: { rule: string }) => /^(wording|citation)\//.test(d.rule);

describe('the shared samples: wording/* and citation/*', function () {
  it('2024-fh-017 (clean): no wording or citation diagnostic', () => {
    const { file } = lint('2024-fh-017');
    assert.deepEqual(
      file.diagnostics.filter(mine).map((d) => `${d.rule} ${d.message}`),
      [],
    );
  });

  it('2024-fh-021 (flawed): its wording and citation problems', () => {
    const { code, file } = lint('2024-fh-021');
    assert.equal(code, 1);
    const found = file.diagnostics.filter(mine).map((d) => `${d.range.start.line + 1} ${d.rule}`);
    // Read off the draft: 文号 [2024]第021号; 当事人：张家港市凤翔印染公司 (front matter: 有限公司);
    // 经查,当事人 (half-width comma); 2024-04-16 in the text; 大约 and 据说 in the facts;
    // 水污染防治法第10条 (no 《》, short name first, Arabic number); 罚金 for a fine;
    // 壹拾贰万元整 against ¥150,000.00.
    const expected = [
      '3 wording/doc-number',
      '53 wording/party-name',
      '59 wording/punctuation',
      '61 wording/date-format',
      '61 wording/vague-fact',
      '63 wording/vague-fact',
      '79 citation/book-marks',
      '79 citation/short-name',
      '79 citation/article-number',
      '79 wording/nonstandard-term',
      '79 wording/amount-mismatch',
    ];
    assert.deepEqual([...found].sort(), [...expected].sort(), `found:\n${found.join('\n')}`);
  });

  it('2024-fh-021 keeps its agency-rule findings under the preset it was written for (zhangjiagang)', () => {
    // The five-level review chain, its independence and the catalog's evidence list are
    // Zhangjiagang's rules, not law: off by default, on with the preset.
    const agency = [
      'evidence/required-by-catalog',
      'procedure/review-chain',
      'procedure/review-independence',
    ];
    const fired = (f: JsonFile) =>
      [...new Set(f.diagnostics.map((d) => d.rule))].filter((r) => agency.includes(r)).sort();
    assert.deepEqual(fired(lint('2024-fh-021').file), []);
    const config = path.join(__dirname, '..', 'examples', 'casedraft.config.json');
    assert.deepEqual(fired(lint('2024-fh-021', '--config', config).file), agency);
  });
});
