// A folder someone sent may hold anything where a draft or a data file should be: a FIFO (reading
// it blocks forever), /dev/zero (reading it never ends), a device, a folder, a link. Each is
// refused with its reason before anything is read, in the CLI and in the server, and a check that
// could not see everything says so (exit 2).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRegular } from '../../server/src/host/files';
import { BASE } from '../helpers/ruleTester';
import { cli, noStackTrace } from '../cli/run';
import { startServer, type TestClient } from '../server/lspClient';

const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('hostile workspaces: files that are not what they claim', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-files-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  (posix ? it : it.skip)('readRegular refuses a FIFO, /dev/zero, a folder; caps a regular file', () => {
    mkfifo(join(dir, 'pipe'));
    assert.throws(() => readRegular(join(dir, 'pipe'), 1024), /FIFO/);
    assert.throws(() => readRegular('/dev/zero', 1024), /device/);
    assert.throws(() => readRegular(dir, 1024), /folder/);
    writeFileSync(join(dir, 'big'), Buffer.alloc(2048, 'a'));
    assert.throws(() => readRegular(join(dir, 'big'), 1024), /too large/);
    assert.equal(readRegular(join(dir, 'big'), 4096).length, 2048);
  });

  (posix ? it : it.skip)(
    'the CLI: a FIFO or /dev/zero named as a draft is refused, the run goes on, exit 2',
    () => {
      mkfifo(join(dir, 'pipe.case.md'));
      writeFileSync(join(dir, 'ok.case.md'), BASE);
      const r = cli([
        'lint',
        '--format',
        'json',
        join(dir, 'pipe.case.md'),
        '/dev/zero',
        join(dir, 'ok.case.md'),
      ]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /pipe\.case\.md: .*FIFO/);
      assert.match(r.stderr, /zero: .*device/);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
      assert.ok(noStackTrace(r.stderr));
    },
  );

  (posix ? it : it.skip)(
    'the CLI: config and data files that are a FIFO or /dev/zero are refused, exit 2',
    () => {
      writeFileSync(join(dir, 'a.case.md'), BASE);
      mkfifo(join(dir, 'casedraft.config.json'));
      let r = cli(['lint', join(dir, 'a.case.md')]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /casedraft\.config\.json: .*FIFO/);
      rmSync(join(dir, 'casedraft.config.json'));
      writeFileSync(
        join(dir, 'casedraft.config.json'),
        JSON.stringify({ catalogs: ['/dev/zero'], dictionaries: [] }),
      );
      r = cli(['lint', join(dir, 'a.case.md')]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /device/);
    },
  );

  (posix ? it : it.skip)(
    'the CLI: a folder with a linked draft, a FIFO draft and an unreadable sub-folder is checked as far as it can be, each said once, exit 2',
    () => {
      writeFileSync(join(dir, 'a.case.md'), BASE);
      symlinkSync(join(dir, 'a.case.md'), join(dir, 'link.case.md'));
      mkfifo(join(dir, 'pipe.case.md'));
      mkdirSync(join(dir, 'closed'));
      writeFileSync(join(dir, 'closed', 'b.case.md'), BASE);
      chmodSync(join(dir, 'closed'), 0);
      const r = cli(['lint', '--format', 'json', dir]);
      chmodSync(join(dir, 'closed'), 0o700);
      assert.equal(r.code, 2, r.stderr);
      assert.equal((r.stderr.match(/link\.case\.md/g) ?? []).length, 1, r.stderr);
      assert.match(r.stderr, /link\.case\.md: .*symbolic link/);
      assert.match(r.stderr, /pipe\.case\.md: .*not a regular file/);
      if (!root) assert.match(r.stderr, /closed: .*folder cannot be read/);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, root ? 2 : 1);
    },
  );

  it('the CLI: a path over the system’s limit is said, exit 2', () => {
    const r = cli(['lint', join(dir, `${'x'.repeat(5000)}.case.md`)]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /ENAMETOOLONG|cannot be read|no such file/);
    assert.ok(noStackTrace(r.stderr));
  });

  (posix ? it : it.skip)(
    'the server: opening a folder whose config is a FIFO and whose catalogs setting is /dev/zero neither hangs nor grows',
    async () => {
      mkfifo(join(dir, 'casedraft.config.json'));
      mkfifo(join(dir, 'pipe.case.md'));
      writeFileSync(join(dir, 'a.case.md'), BASE);
      client = await startServer({
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
        settings: { catalogs: ['/dev/zero'] },
      });
      const uri = pathToFileURL(join(dir, 'a.case.md')).href;
      await client.open(uri, BASE);
      const ds = await client.waitForDiagnostics(uri);
      assert.ok(Array.isArray(ds));
      await client.waitForShown((m) => /device/.test(m));
      const logs = () => client!.logs.join('\n');
      assert.match(logs(), /casedraft\.config\.json: .*FIFO/);
    },
  );
});
