import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaryFor } from '../../server/src/core/dictionary';
import { ConfigFinder } from '../../server/src/host/config';
import { Environments } from '../../server/src/host/environment';

/** An agency dictionary (schemas/dictionary.schema.json) with one entry: 培训档案 → 培训记录. */
const AGENCY_TERMS = join(__dirname, '..', 'fixtures', 'agency-terms.json');
const catalog = (id: string, name: string) => ({
  entries: [{ id, name, field: '安全生产', provisions: [], evidence: [] }],
});
const json = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value));

/**
 * ws/casedraft.config.json        the agency's: a catalog and a dictionary
 * ws/case-a/casedraft.config.json a case folder's own
 * ws/case-a/sub/x.case.md         → case-a's config (the nearest folder wins)
 * ws/case-b/y.case.md             → the agency's
 */
function workspace() {
  const ws = mkdtempSync(join(tmpdir(), 'casedraft-host-'));
  mkdirSync(join(ws, 'case-a', 'sub'), { recursive: true });
  mkdirSync(join(ws, 'case-b'));
  json(join(ws, 'casedraft.config.json'), {
    catalogs: ['catalog.json'],
    dictionaries: ['terms.json'],
    rules: { 'wording/punctuation': 'off' },
  });
  json(join(ws, 'catalog.json'), catalog('agency-1', '本机关的违法行为'));
  copyFileSync(AGENCY_TERMS, join(ws, 'terms.json'));
  json(join(ws, 'case-a', 'casedraft.config.json'), { reviewLevels: ['承办员'] });
  return ws;
}

describe('host: config discovery', () => {
  it('the nearest enclosing folder’s casedraft.config.json applies, found once per folder', () => {
    const ws = workspace();
    const finder = new ConfigFinder();
    assert.equal(
      finder.find(join(ws, 'case-a', 'sub', 'x.case.md')),
      join(ws, 'case-a', 'casedraft.config.json'),
    );
    assert.equal(finder.find(join(ws, 'case-b', 'y.case.md')), join(ws, 'casedraft.config.json'));
    // Cached by folder: the disk is not asked again until a config file is said to have changed.
    rmSync(join(ws, 'case-a', 'casedraft.config.json'));
    assert.equal(
      finder.find(join(ws, 'case-a', 'sub', 'x.case.md')),
      join(ws, 'case-a', 'casedraft.config.json'),
    );
    finder.forget();
    assert.equal(finder.find(join(ws, 'case-a', 'sub', 'x.case.md')), join(ws, 'casedraft.config.json'));
  });
});

describe('host: loadEnvironment', () => {
  it('turns the config, its catalogs and dictionaries into what the core needs', () => {
    const ws = workspace();
    const env = new Environments().forFile(join(ws, 'case-b', 'y.case.md'));
    assert.deepEqual(env.problems, []);
    assert.equal(env.config.rules['wording/punctuation'], 'off');
    assert.equal(env.catalog.find('agency-1')?.name, '本机关的违法行为');
    // The bundled catalog still applies after the agency's entries.
    assert.ok(env.catalog.entries.length > 1);
    assert.ok(dictionaryFor(env.config).entries.some((e) => e.id === 'peixun-jilu'));
  });

  it('is built once, and again after a change to one of its files', () => {
    const ws = workspace();
    const envs = new Environments();
    const file = join(ws, 'case-b', 'y.case.md');
    const first = envs.forFile(file);
    assert.equal(envs.forFile(file), first);
    json(join(ws, 'catalog.json'), catalog('agency-2', '改过的违法行为'));
    assert.equal(envs.forFile(file), first, 'nothing is read again until the change is reported');
    assert.equal(envs.changed(join(ws, 'catalog.json')), true);
    const second = envs.forFile(file);
    assert.notEqual(second, first);
    assert.equal(second.catalog.find('agency-2')?.name, '改过的违法行为');
    assert.equal(envs.changed(join(ws, 'unrelated.json')), false);
    assert.equal(envs.forFile(file), second);
  });

  it('a file that cannot be used is a problem naming it; the rest still applies', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'terms.json'), '{ not json');
    const env = new Environments().forFile(join(ws, 'case-b', 'y.case.md'));
    assert.equal(env.problems.length, 1);
    assert.equal(env.problems[0]!.file, join(ws, 'terms.json'));
    assert.match(env.problems[0]!.message, /not valid JSON/);
    assert.equal(env.catalog.find('agency-1')?.name, '本机关的违法行为');
  });

  it('the editor’s settings lie over the file: their catalogs replace, their dictionaries add', () => {
    const ws = workspace();
    const editor = join(ws, 'editor');
    mkdirSync(editor);
    json(join(editor, 'mine.json'), catalog('editor-1', '设置里的违法行为'));
    const env = new Environments().forFile(join(ws, 'case-b', 'y.case.md'), {
      settings: {
        values: { catalogs: ['mine.json'], rules: { 'wording/colloquial': 'off' } },
        baseDir: editor,
      },
    });
    assert.deepEqual(env.problems, []);
    assert.equal(env.catalog.find('agency-1'), undefined);
    assert.equal(env.catalog.find('editor-1')?.name, '设置里的违法行为');
    assert.equal(env.config.rules['wording/punctuation'], 'off');
    assert.equal(env.config.rules['wording/colloquial'], 'off');
    assert.ok(dictionaryFor(env.config).entries.some((e) => e.id === 'peixun-jilu'));
  });
});
