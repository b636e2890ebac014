// Names of Object.prototype's members written where a draft, a config or the command line gives
// a key: they must be read as the words they are, never find a function.
import assert from 'node:assert/strict';
import { lintModel } from '../../server/src/core/engine';
import { translator } from '../../server/src/core/translate';
import { parseCase } from '../../server/src/core/parse';
import { buildTimeline } from '../../server/src/core/timeline';
import { resolveConfig } from '../../server/src/core/config';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { allRules } from '../../server/src/rules';
import { edit } from '../helpers/ruleTester';
import { cli, noStackTrace } from '../cli/run';

const PROTO = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
/** What a message shows when a lookup found one of Object.prototype's functions. */
const LEAK = /native code|function |\[object Object\]|=>/;

const translate = translator(allRules);

function lintAll(text: string, locale: 'zh-cn' | 'en' = 'zh-cn') {
  const model = parseCase(text, 'file:///proto/draft.case.md');
  return {
    model,
    ds: lintModel(model, { rules: allRules, catalog: builtinCatalog() }).map((d) => translate(d, locale)),
  };
}

describe('hostile input: prototype keys', () => {
  it('种类: [constructor, toString] is two unknown kinds, named as written, with no fix', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const { ds } = lintAll(edit('种类: [罚款]', '种类: [罚款, constructor, toString]'), locale);
      const kinds = ds.filter((d) => d.rule === 'penalty/kind');
      assert.equal(kinds.length, 2, JSON.stringify(kinds.map((d) => d.message)));
      assert.match(kinds[0]!.message, /constructor/);
      assert.match(kinds[1]!.message, /toString/);
      for (const d of kinds) {
        assert.doesNotMatch(d.message, LEAK);
        assert.equal(d.fixes?.length ?? 0, 0);
      }
    }
  });

  it('prototype names as every front-matter key and value: no rule crashes, no message leaks a function', () => {
    for (const p of PROTO) {
      const text = edit('种类: [罚款]', `种类: [${p}]\n  ${p}: ${p}`)
        .replace('领域: 安全生产', `领域: ${p}`)
        .replace('  陈述申辩: 未提出', `  陈述申辩: 未提出\n  ${p}: 2025-04-02`)
        .replace('  类型: 单位', `  类型: 单位\n  ${p}: x`)
        .replace('首违: 否', `首违: 否\n${p}: ${p}`)
        .replace('| 证据4 | 营业执照复印件 | 书证 |', `| 证据4 | ${p} | ${p} |`);
      const { model, ds } = lintAll(text);
      assert.ok(
        !ds.some((d) => d.rule.startsWith('internal')),
        JSON.stringify(ds.filter((d) => d.rule.startsWith('internal'))),
      );
      for (const d of ds) assert.doesNotMatch(d.message, LEAK, `${p}: ${d.rule}: ${d.message}`);
      const timeline = buildTimeline(model, resolveConfig(), [], 'en');
      assert.doesNotMatch(JSON.stringify(timeline), LEAK);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('the CLI: `casedraft constructor` is an unknown command (exit 2, no stack trace)', () => {
    for (const p of ['constructor', 'toString', '__proto__']) {
      const r = cli([p]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /unknown command/);
      assert.ok(noStackTrace(r.stderr), r.stderr);
    }
  });
});
