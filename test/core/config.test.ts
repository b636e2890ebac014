import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import configSchema from '../../schemas/casedraft.config.schema.json';
import presetSchema from '../../schemas/preset.schema.json';
import { PRESETS, resolveConfig, validateConfigObject } from '../../server/src/core/config';
import { effectiveSeverity } from '../../server/src/core/engine';
import { allRules } from '../../server/src/rules';

const dir = join(__dirname, '..', '..', 'data', 'presets');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const rule = (id: string) => allRules.find((r) => r.meta.id === id)!;

describe('core/config: presets', () => {
  it('every file of data/presets is a preset the config can name, valid against its schemas', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validPreset = ajv.compile(presetSchema);
    const validConfig = ajv.compile(configSchema);
    assert.deepEqual([...PRESETS.keys()].sort(), files.map((f) => f.slice(0, -5)).sort());
    for (const f of files) {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      assert.ok(validPreset(data), `${f}: ${JSON.stringify(validPreset.errors)}`);
      assert.equal(data.name, f.slice(0, -5));
      assert.ok(validConfig(data.config), `${f} config: ${JSON.stringify(validConfig.errors)}`);
    }
    assert.deepEqual(validateConfigObject({ preset: 'nowhere' }).length > 0, true);
  });

  it('an agency rule is off by default and on with the preset that names it', () => {
    const chain = rule('procedure/review-chain');
    assert.equal(chain.meta.basis.kind, 'agency');
    assert.equal(effectiveSeverity(chain, resolveConfig()), 'off');
    assert.equal(effectiveSeverity(chain, resolveConfig({ preset: 'zhangjiagang' })), 'error');
    // Every rule a preset turns on is an agency rule: a preset is no way to change the law's severities.
    for (const p of PRESETS.values())
      for (const id of Object.keys(p.config.rules ?? {}))
        assert.equal(rule(id).meta.basis.kind, 'agency', id);
  });

  it('the agency’s own keys override its preset’s, rule severities one by one', () => {
    const c = resolveConfig({
      preset: 'zhangjiagang',
      reviewLevels: ['承办员', '法制审核'],
      rules: { 'procedure/review-chain': 'warning' },
    });
    assert.deepEqual(c.reviewLevels, ['承办员', '法制审核']);
    assert.equal(c.rules['procedure/review-chain'], 'warning');
    assert.equal(c.rules['evidence/required-by-catalog'], 'error', 'the preset’s other rules stay on');
    assert.ok(
      c.explicit.has('reviewLevels'),
      'a preset’s values are the agency’s, not CaseDraft’s placeholders',
    );
  });
});
