// The VS Code extension's static parts: generated manifest and snippets are current, every
// localized string has both languages, and the grammar parses.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lspClient';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
/** JSON, or JSON with trailing commas as VS Code reads it (prettier writes .code-snippets as JSONC). */
const json = (p: string) => JSON.parse(read(p).replace(/,(\s*[\]}])/g, '$1')) as Record<string, unknown>;

describe('VS Code extension manifest', () => {
  it('package.json contributes are current (one setting per key of casedraft.config.json)', () => {
    execFileSync(process.execPath, ['scripts/vscode-manifest.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
    const pkg = json('package.json') as {
      contributes: { configuration: { properties: Record<string, unknown> } };
      activationEvents: string[];
    };
    const schema = json('schemas/casedraft.config.schema.json') as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties).filter((k) => k !== '$schema')) {
      assert.ok(pkg.contributes.configuration.properties[`casedraft.${key}`], `no setting casedraft.${key}`);
    }
    assert.ok(pkg.activationEvents.includes('onLanguage:casedraft'));
  });

  it('an untrusted window ignores the folder’s settings that name files or folders or supply patterns', () => {
    const pkg = json('package.json') as {
      capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    // Files the host reads (catalogs, dictionaries), the archive's globs and the folder its cache is
    // written to, and the clause templates (patterns): a folder sent by someone else sets none of them.
    for (const key of ['catalogs', 'dictionaries', 'templates', 'archive', 'archiveCache']) {
      assert.ok(pkg.contributes.configuration.properties[`casedraft.${key}`], key);
      assert.ok(
        trust.restrictedConfigurations.includes(`casedraft.${key}`),
        `casedraft.${key} is restricted`,
      );
    }
  });

  it('snippets are generated from the current templates and clauses', () => {
    execFileSync(process.execPath, ['scripts/snippets.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
    const snippets = json('snippets/casedraft.code-snippets');
    for (const name of ['行政处罚决定书', '证据行', '救济途径', '落款']) assert.ok(snippets[name], name);
  });

  it('every %key% of package.json is in package.nls.json, in Chinese; every t() string of the client has its Chinese', () => {
    // VS Code picks package.nls.<display language>.json: an English VS Code is not the officer
    // choosing English, so the manifest's one text file is the Chinese one (docs/vscode.md).
    const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    const nls = json('package.nls.json') as Record<string, string>;
    for (const k of keys)
      assert.match(nls[k] ?? '', /\p{Script=Han}/u, `package.nls.json lacks Chinese for ${k}`);
    assert.deepEqual(
      Object.keys(nls).filter((k) => !keys.includes(k)),
      [],
      'package.nls.json has texts nothing uses',
    );
    // No text the officer reads in the manifest is left in English: every description (of a
    // setting and of its fields, of a capability) goes through package.nls.json.
    const english: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (/^(markdownD|d)escription$|^(title|displayName|name)$/.test(k) && typeof v === 'string') {
          if (/[A-Za-z]{3,} [A-Za-z]{3,}/.test(v) && !v.startsWith('%')) english.push(`${path}.${k}`);
        } else walk(v, `${path}.${k}`);
      }
    };
    const manifest = json('package.json') as Record<string, unknown>;
    walk(
      {
        description: manifest.description,
        contributes: manifest.contributes,
        capabilities: manifest.capabilities,
      },
      '',
    );
    assert.deepEqual(english, [], 'manifest texts not in package.nls.json');
    const bundle = json('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const strings = new Set<string>();
    for (const f of readdirSync(join(ROOT, 'client/src'))) {
      for (const m of read(`client/src/${f}`).matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g))
        strings.add(m[2]!.replace(/\\(.)/g, '$1'));
    }
    assert.ok(strings.size > 20);
    for (const s of strings)
      assert.match(bundle[s] ?? '', /\p{Script=Han}/u, `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
    assert.deepEqual(
      Object.keys(bundle).filter((k) => !strings.has(k)),
      [],
      'the bundle has texts the client no longer shows',
    );
  });

  it('the webviews’ scripts run in a browser: they call no require()', () => {
    // The Node bundles start with a require('node:url') shim (scripts/build.mjs); in a webview it
    // throws before the page is drawn, and the preview stays at 正在排版… for ever.
    const scripts = readdirSync(join(ROOT, 'dist/webview')).filter((f) => f.endsWith('.js'));
    assert.deepEqual(scripts.sort(), ['caseForm.js', 'preview.js', 'state.js']);
    for (const f of scripts) assert.doesNotMatch(read(`dist/webview/${f}`), /\brequire\(/, f);
  });

  it('grammar and language configuration are valid JSON with the expected scopes', () => {
    const grammar = json('syntaxes/casedraft.tmLanguage.json') as {
      scopeName: string;
      repository: Record<string, { match?: string }>;
    };
    assert.equal(grammar.scopeName, 'text.casedraft');
    // The patterns that are plain JS-compatible must match what the draft format writes.
    assert.ok(new RegExp(grammar.repository.evidenceCitation!.match!).test('[证据1、证据3]'));
    assert.ok(
      new RegExp(grammar.repository.lawCitation!.match!).test('《中华人民共和国安全生产法》第九十七条第四项'),
    );
    json('language-configuration.json');
  });
});
