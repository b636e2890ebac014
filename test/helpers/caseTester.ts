import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from '../../server/src/core/catalog';
import { resolveConfig, type CaseDraftConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import type { Rule } from '../../server/src/core/rule';
import { LineIndex } from '../../server/src/core/text';
import { translator } from '../../server/src/core/translate';
import type { CaseDiagnostic, Fix } from '../../server/src/core/types';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { applyFixes, edit, stripMarkers } from './ruleTester';

/** A case folder: file name (a path under the workspace, `a/notice.case.md` for another folder) → text. */
export type Folder = Record<string, string>;

const SAMPLE_DIR = join(__dirname, '..', '..', 'examples', 'case');

/** The sample case (examples/case): a 现场检查笔录, a 询问笔录, a 告知书 and a 决定书, clean under every rule. */
export const SAMPLE: Folder = Object.fromEntries(
  readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.case.md'))
    .map((f) => [f, readFileSync(join(SAMPLE_DIR, f), 'utf8')]),
);

/** The folder with one exact piece of one file replaced; throws when the piece is absent. */
export function editFile(folder: Folder, file: string, from: string, to: string): Folder {
  assert.ok(folder[file] !== undefined, `editFile: no ${file} in the folder`);
  return { ...folder, [file]: edit(from, to, folder[file]) };
}

/** The folder without some files. */
export function without(folder: Folder, ...files: string[]): Folder {
  for (const f of files) assert.ok(folder[f] !== undefined, `without: no ${f} in the folder`);
  return Object.fromEntries(Object.entries(folder).filter(([f]) => !files.includes(f)));
}

/** The folder's files moved under a sub-folder (a second case folder of one workspace). */
export function under(dir: string, folder: Folder): Folder {
  return Object.fromEntries(Object.entries(folder).map(([f, t]) => [`${dir}/${f}`, t]));
}

export const uriOf = (file: string) => `file:///ws/${file}`;

export interface FolderCase {
  name: string;
  /** Every draft of the workspace; in invalid cases ⟦…⟧ marks each expected range, in any file. */
  folder: Folder;
  config?: CaseDraftConfig;
}

export interface InvalidFolderCase extends FolderCase {
  messageId?: string;
  messageIncludes?: string | string[];
  /** Files once the first fix of every diagnostic in them is applied. */
  output?: Folder;
}

/** Runs the rules on every draft of the folder, as the CLI and the server do: one workspace. */
export function lintFolder(
  rules: Rule | readonly Rule[],
  folder: Folder,
  config?: CaseDraftConfig,
  catalog = new Catalog(),
): Map<string, CaseDiagnostic[]> {
  const models = Object.entries(folder).map(([f, t]) => parseCase(t, uriOf(f)));
  const workspace = new InMemoryWorkspace(models);
  const out = new Map<string, CaseDiagnostic[]>();
  for (const [i, file] of Object.keys(folder).entries())
    out.set(
      file,
      lintModel(models[i]!, {
        rules: 'meta' in rules ? [rules] : rules,
        config: resolveConfig(config),
        catalog,
        workspace,
      }),
    );
  return out;
}

const PLACEHOLDER = /\{\w+\}/;

/**
 * RuleTester for rules across the documents of a case: each case is a whole folder; the
 * expected findings are marked in whichever files they belong to. Every finding of a case rule
 * must point at the other document it disagrees with (related information with its uri).
 */
export function caseRuleTester(
  rule: Rule,
  cases: { valid: FolderCase[]; invalid: InvalidFolderCase[] },
): void {
  const translate = translator([rule]);
  describe(rule.meta.id, () => {
    assert.ok(
      cases.valid.length > 0 && cases.invalid.length > 0,
      `${rule.meta.id} needs valid and invalid cases`,
    );
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = [...lintFolder(rule, c.folder, c.config)].flatMap(([f, ds]) =>
          ds.map(
            (d) =>
              `${f} ${d.range.start.line + 1}:${d.range.start.character + 1} ${translate(d, 'zh-cn').message}`,
          ),
        );
        assert.deepEqual(found, [], 'expected no diagnostic');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const stripped = Object.fromEntries(Object.entries(c.folder).map(([f, t]) => [f, stripMarkers(t)]));
        const folder = Object.fromEntries(Object.entries(stripped).map(([f, s]) => [f, s.text]));
        assert.ok(
          Object.values(stripped).some((s) => s.spans.length > 0),
          'an invalid case marks at least one ⟦range⟧',
        );
        const found = lintFolder(rule, folder, c.config);
        for (const locale of ['zh-cn', 'en'] as const) {
          for (const [file, { text, spans }] of Object.entries(stripped)) {
            const lines = new LineIndex(text);
            const ds = found.get(file)!;
            assert.deepEqual(
              ds.map((d) => ({ file, rule: d.rule, range: d.range })),
              spans.map((s) => ({ file, rule: rule.meta.id, range: lines.range(s) })),
              `diagnostics in ${file}: ${ds.map((x) => translate(x, locale).message).join(' | ')}`,
            );
            for (const finding of ds) {
              const d = translate(finding, locale);
              assert.ok(!PLACEHOLDER.test(d.message), `unfilled placeholder in "${d.message}"`);
              assert.match(d.message, locale === 'zh-cn' ? /[\u4e00-\u9fa5]/ : /[A-Za-z]{3}/);
              assert.ok(
                d.related?.some(
                  (r) =>
                    r.uri && r.uri !== uriOf(file) && Object.keys(folder).some((f) => uriOf(f) === r.uri),
                ),
                `"${d.message}" points at no other document of the folder`,
              );
              for (const r of d.related ?? [])
                assert.ok(!PLACEHOLDER.test(r.message), `unfilled placeholder in "${r.message}"`);
              if (locale === 'zh-cn')
                for (const frag of [c.messageIncludes ?? []].flat())
                  assert.ok(d.message.includes(frag), `"${d.message}" lacks "${frag}"`);
              if (c.messageId) assert.equal(d.messageId, c.messageId, d.message);
            }
          }
          if (c.output && locale === 'zh-cn') {
            for (const [file, expected] of Object.entries(c.output)) {
              const fixes = found
                .get(file)!
                .map((d) => d.fixes?.[0])
                .filter((f): f is Fix => !!f);
              assert.ok(fixes.length > 0, `expected a fix in ${file}`);
              const fixed = applyFixes(folder[file]!, fixes);
              assert.equal(fixed, expected);
              // Re-linted, the fixed file is clean of what was fixed.
              const again: CaseDiagnostic[] = lintFolder(rule, { ...folder, [file]: fixed }, c.config).get(
                file,
              )!;
              assert.deepEqual(
                again.filter((x) => x.fixes?.length).map((x): string => translate(x, locale).message),
                [],
                `${file} still has fixable findings after its fixes`,
              );
            }
          }
        }
      });
    }
    it('meta: fixable and hasSuggestions say what the rule reports', () => {
      const found = cases.invalid
        .flatMap((c) => [
          ...lintFolder(
            rule,
            Object.fromEntries(Object.entries(c.folder).map(([f, t]) => [f, stripMarkers(t).text])),
            c.config,
          ).values(),
        ])
        .flat();
      assert.equal(
        !!rule.meta.fixable,
        found.some((d) => d.fixes?.length),
        'meta.fixable',
      );
      assert.equal(
        !!rule.meta.hasSuggestions,
        found.some((d) => d.suggestions?.length),
        'meta.hasSuggestions',
      );
    });
  });
}
