// A parse or schema error names the file, the place and what is wrong, never the file's bytes: a
// config may name any file as a catalog or dictionary (a key, a token), and problems go to logs,
// notifications and reports. Front matter errors likewise describe, the span shows where.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaseService } from '../../server/src/core/service';
import { Environments } from '../../server/src/host/environment';
import { allRules } from '../../server/src/rules';
import { BASE } from '../helpers/ruleTester';

const S = 'SECRETBYTES7f3a';

/** Files that are not JSON, or JSON of the wrong shape, each carrying S where a message might quote it. */
const BODIES = [
  S,
  `{"a": "${S}`,
  `{"rules": {"${S}": 5}}`,
  `{"${S}": 1}`,
  `{"templates": {"${S}": 1}}`,
  `{"holidays":[{"year":2030,"off":["${S}"]}]}`,
  `{"locale": "${S}"}`,
  `[${S}]`,
  `{"entries":[{"id":"${S}","${S}":1}]}`,
  `{"entries":[{"${S}":{"${S}":1}}]}`,
  `{"name":"${S}","entries":[{"id":"a","wrong":["${S}"],"standard":1}]}`,
];

/** Front matter whose YAML errors quote the text in yaml's own messages (alias, tag, token, escape, directive). */
const YAML = [
  `当事人: *${S}`,
  `当事人: !${S} x`,
  `- ${S}\n${S}: 1`,
  `当事人: "\\x${S}"`,
  `%${S}\n---\n文书: 行政处罚决定书`,
  `${S}: [1, 2`,
  `当事人: |${S}\n  x`,
];

describe('hostile input: parse errors do not echo the bytes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-parse-errors-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const kind of ['config', 'catalog', 'dictionary'] as const) {
    it(`a ${kind} file that is not JSON or does not fit its schema`, () => {
      BODIES.forEach((body, i) => {
        const folder = join(dir, `${kind}-${i}`);
        const file = join(folder, 'data.json');
        const config = join(folder, 'casedraft.config.json');
        mkdirSync(folder);
        writeFileSync(file, body);
        const named = kind === 'catalog' ? { catalogs: ['data.json'] } : { dictionaries: ['data.json'] };
        writeFileSync(config, kind === 'config' ? body : JSON.stringify(named));
        const env = new Environments().forFile(join(folder, 'x.case.md'));
        const problem = env.problems[0];
        assert.ok(problem, `${kind} ${body}: refused`);
        assert.equal(problem.file, kind === 'config' ? config : file);
        for (const p of env.problems) assert.ok(!p.message.includes(S), `${kind} ${body}: ${p.message}`);
      });
    });
  }

  it('front matter that is not YAML: described, not quoted', () => {
    const service = createCaseService({ rules: allRules });
    for (const yaml of YAML) {
      const text = BASE.replace(/^---\n[\s\S]*?\n---\n/, `---\n${yaml}\n---\n`);
      const findings = service.lint(service.parse(text, 'file:///parse-errors.case.md'));
      const yamlFindings = findings.filter((d) => d.rule === 'structure/front-matter');
      assert.ok(yamlFindings.length, `${yaml}: a front-matter finding`);
      for (const d of yamlFindings)
        for (const locale of ['zh-cn', 'en'] as const) {
          const { message } = service.translate(d, locale);
          assert.ok(!message.includes(S), `${yaml}: ${d.rule}: ${message}`);
        }
    }
  });
});
