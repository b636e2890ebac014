// The archive (casedraft.config.json `archive`): past decisions read into the party index, cached
// outside the archive, re-checked without re-reading, never written to; a broken file reported.
import assert from 'node:assert/strict';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archivedDecisions, fieldOf } from '../../server/src/core/archive';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { ArchiveConfigError, loadArchive } from '../../server/src/host/archive';
import { cli } from '../cli/run';

const FIXTURES = join(__dirname, '..', 'fixtures', 'prior-violation');
const EARLIER = readFileSync(join(FIXTURES, 'earlier.case.md'), 'utf8');
const LATER = readFileSync(join(FIXTURES, 'later.case.md'), 'utf8');

/** As the cache stores it (an absent key and an undefined one are the same). */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

/** Every file under a folder with its size and modification time: what "never written" compares. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const p = join(e.parentPath, e.name);
      const st = statSync(p);
      return `${p}:${st.size}:${st.mtimeMs}`;
    })
    .sort();
}

describe('import: the archive', function () {
  this.timeout(120000);
  let root: string;
  let archive: string;
  let cache: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'casedraft-archive-'));
    archive = join(root, '档案');
    cache = join(root, 'cache');
    mkdirSync(join(archive, '2024'), { recursive: true });
    // The earlier decision as the agency keeps it: the formal DOCX, not the draft.
    writeFileSync(
      join(archive, '2024', '张应急罚决字〔2024〕31号.docx'),
      await exportDocx(parseCase(EARLIER)),
    );
    writeFileSync(join(archive, '2024', 'broken.docx'), 'not a zip');
    writeFileSync(join(archive, '2024', 'scan.pdf'), '%PDF-1.4');
    writeFileSync(
      join(archive, 'old.case.md'),
      EARLIER.replace('张应急罚决字〔2024〕31号', '张应急罚决字〔2019〕2号').replace(/2024-/g, '2019-'),
    );
    mkdirSync(join(root, 'work'));
    writeFileSync(join(root, 'work', 'later.case.md'), LATER);
    writeFileSync(
      join(root, 'work', 'casedraft.config.json'),
      JSON.stringify({ archive: ['../档案/**/*'], archiveCache: '../cache' }),
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a decision gives the index its party (by a valid id), date, 文号 and laws; its field through the catalog', async () => {
    const [d] = archivedDecisions(parseCase(EARLIER), 'file:///a.case.md');
    assert.equal(d!.partyId, '91320582MA27RT5K3T');
    assert.equal(d!.decided, '2024-04-15');
    const noField = { ...d!, field: undefined };
    assert.equal(fieldOf(noField, builtinCatalog()), '安全生产');
    assert.equal(fieldOf({ ...noField, laws: ['中华人民共和国民法典'] }, builtinCatalog()), undefined);
    const wrong = parseCase(EARLIER.replace(/91320582MA27RT5K3T/g, '91320582MA27RT5K3A'));
    assert.deepEqual(
      archivedDecisions(wrong, 'file:///a.case.md'),
      [],
      'an id with a wrong check character ties nothing',
    );
  });

  it('reads DOCX and drafts, reports a broken file and the files it cannot read, and writes only its cache', async () => {
    const before = snapshot(archive);
    const first = await loadArchive({
      baseDir: join(root, 'work'),
      patterns: ['../档案/**/*'],
      cacheDir: '../cache',
    });
    assert.deepEqual(snapshot(archive), before, 'the archive folder is never written to');
    assert.equal(first.files, 3);
    assert.equal(first.read, 3);
    assert.deepEqual(first.decisions.map((d) => [d.文号, d.decided, d.partyId]).sort(), [
      ['张应急罚决字〔2019〕2号', '2019-04-15', '91320582MA27RT5K3T'],
      ['张应急罚决字〔2024〕31号', '2024-04-15', '91320582MA27RT5K3T'],
    ]);
    assert.equal(first.problems.length, 2);
    assert.match(first.problems[0]!.file, /broken\.docx$/);
    assert.match(first.problems[0]!.message.zh, /不是有效的 DOCX/);
    assert.match(first.problems[1]!.message.zh, /另有 1 个/);
    assert.ok(first.cacheFile.startsWith(cache), first.cacheFile);

    // Warm: nothing read again; the broken file is still reported, once.
    const warm = await loadArchive({
      baseDir: join(root, 'work'),
      patterns: ['../档案/**/*'],
      cacheDir: '../cache',
    });
    assert.equal(warm.read, 0);
    assert.deepEqual(plain(warm.decisions), plain(first.decisions));
    assert.equal(warm.problems.filter((p) => /broken/.test(p.file)).length, 1);

    // A touched file with the same bytes is read (its time changed) but not imported again (its hash did not).
    const docx = join(archive, '2024', '张应急罚决字〔2024〕31号.docx');
    utimesSync(docx, new Date(), new Date(Date.now() + 5000));
    const touched = await loadArchive({
      baseDir: join(root, 'work'),
      patterns: ['../档案/**/*'],
      cacheDir: '../cache',
    });
    assert.equal(touched.read, 1);
    assert.deepEqual(plain(touched.decisions), plain(first.decisions));
    // Changed bytes: read and imported again.
    writeFileSync(
      join(archive, 'old.case.md'),
      EARLIER.replace('张应急罚决字〔2024〕31号', '张应急罚决字〔2019〕9号').replace(/2024-/g, '2019-'),
    );
    const changed = await loadArchive({
      baseDir: join(root, 'work'),
      patterns: ['../档案/**/*'],
      cacheDir: '../cache',
    });
    assert.ok(changed.decisions.some((d) => d.文号 === '张应急罚决字〔2019〕9号'));
  });

  it('refuses a cache folder inside the archive', async () => {
    await assert.rejects(
      loadArchive({ baseDir: root, patterns: ['档案/**/*.docx'], cacheDir: '档案/.cache' }),
      (err: unknown) => err instanceof ArchiveConfigError && /只读不写/.test(err.text.zh),
    );
  });

  it('lint: procedure/prior-violation finds the earlier decision in the archive; the broken file is reported on stderr', () => {
    const r = cli(['lint', join(root, 'work'), '--format', 'json']);
    const [file] = JSON.parse(r.stdout) as {
      diagnostics: { rule: string; message: string; related?: unknown }[];
    }[];
    const prior = file!.diagnostics.find((d) => d.rule === 'procedure/prior-violation');
    assert.ok(prior, r.stdout);
    assert.match(prior.message, /张应急罚决字〔2024〕31号/);
    assert.equal((r.stderr.match(/broken\.docx/g) ?? []).length, 1, r.stderr);
    // Without the archive the workspace alone holds no earlier decision.
    writeFileSync(join(root, 'work', 'casedraft.config.json'), '{}');
    const alone = JSON.parse(cli(['lint', join(root, 'work'), '--format', 'json']).stdout) as {
      diagnostics: { rule: string }[];
    }[];
    assert.ok(!alone[0]!.diagnostics.some((d) => d.rule === 'procedure/prior-violation'));
  });
});
