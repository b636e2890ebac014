import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/**
 * parent/casedraft.config.json      above the workspace: turns wording/colloquial off
 * parent/outside.json               a catalog outside the workspace
 * parent/ws/                        the workspace folder (untrusted)
 * parent/ws/case/casedraft.config.json names ../../outside.json, ../inside.json, a link, /abs terms
 * parent/ws/inside.json             a catalog inside it
 * parent/ws/link.json → ../outside.json
 */
function untrusted() {
  const parent = mkdtempSync(join(tmpdir(), 'casedraft-trust-'));
  const ws = join(parent, 'ws');
  mkdirSync(join(ws, 'case'), { recursive: true });
  mkdirSync(join(ws, 'loose'));
  json(join(parent, 'casedraft.config.json'), { rules: { 'wording/colloquial': 'off' } });
  json(join(parent, 'outside.json'), catalog('outside-1', '文件夹外的违法行为'));
  copyFileSync(AGENCY_TERMS, join(parent, 'terms.json'));
  json(join(ws, 'inside.json'), catalog('inside-1', '文件夹内的违法行为'));
  symlinkSync(join(parent, 'outside.json'), join(ws, 'link.json'));
  json(join(ws, 'case', 'casedraft.config.json'), {
    catalogs: ['../../outside.json', '../inside.json', '../link.json'],
    dictionaries: [join(parent, 'terms.json')],
  });
  return { parent, ws, draft: join(ws, 'case', 'x.case.md'), loose: join(ws, 'loose', 'y.case.md') };
}

describe('host: an untrusted folder (Restricted Mode)', () => {
  it('no config is picked up from above the workspace folder', () => {
    const { parent, ws, loose } = untrusted();
    const envs = new Environments();
    assert.equal(envs.forFile(loose).configPath, join(parent, 'casedraft.config.json'));
    envs.restrict([ws]);
    const env = envs.forFile(loose);
    assert.equal(env.configPath, undefined);
    assert.notEqual(env.config.rules['wording/colloquial'], 'off');
    // Nor for a file outside every workspace folder.
    assert.equal(envs.forFile(join(parent, 'z.case.md')).configPath, undefined);
    // Trust granted: the agency's config above applies again.
    envs.restrict(undefined);
    assert.equal(envs.forFile(loose).config.rules['wording/colloquial'], 'off');
  });

  it('data files outside the workspace folder, named by its config, are not read and are named as refused', () => {
    const { parent, ws, draft } = untrusted();
    const envs = new Environments();
    envs.restrict([ws]);
    const env = envs.forFile(draft);
    assert.equal(env.configPath, join(ws, 'case', 'casedraft.config.json'));
    assert.equal(env.catalog.find('inside-1')?.name, '文件夹内的违法行为');
    assert.equal(env.catalog.find('outside-1'), undefined);
    assert.ok(!dictionaryFor(env.config).entries.some((e) => e.id === 'peixun-jilu'));
    // ../../outside.json, the link to it inside the folder, the absolute path of the dictionary.
    assert.deepEqual(
      env.problems.map((p) => p.file).sort(),
      [join(parent, 'outside.json'), join(parent, 'terms.json'), join(ws, 'link.json')].sort(),
    );
    for (const p of env.problems) assert.match(p.message, /outside the workspace folder/);
    envs.restrict(undefined);
    const trusted = envs.forFile(draft);
    assert.deepEqual(trusted.problems, []);
    assert.equal(trusted.catalog.find('outside-1')?.name, '文件夹外的违法行为');
    assert.ok(dictionaryFor(trusted.config).entries.some((e) => e.id === 'peixun-jilu'));
  });

  it('a config in the folder that is a link to a file outside it is not read', () => {
    const { parent, ws, loose } = untrusted();
    symlinkSync(join(parent, 'casedraft.config.json'), join(ws, 'loose', 'casedraft.config.json'));
    const envs = new Environments();
    envs.restrict([ws]);
    const env = envs.forFile(loose);
    assert.equal(env.problems[0]?.file, join(ws, 'loose', 'casedraft.config.json'));
    assert.notEqual(env.config.rules['wording/colloquial'], 'off');
  });

  it('the editor’s settings (the officer’s own, in Restricted Mode) may still name files outside', () => {
    const { parent, ws, draft } = untrusted();
    const envs = new Environments();
    envs.restrict([ws]);
    const env = envs.forFile(draft, {
      settings: { values: { catalogs: [join(parent, 'outside.json')] }, baseDir: ws },
    });
    assert.equal(env.catalog.find('outside-1')?.name, '文件夹外的违法行为');
  });
});
