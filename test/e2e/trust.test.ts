// Workspace Trust in real VS Code (code-server + Chromium, the session of ./vscode.ts), with trust
// turned on as it is on an officer's machine: a folder whose authors are not trusted opens in
// Restricted Mode, where CaseDraft still checks drafts but reads no configuration from above the
// folder (docs/security.md); trusting the folder reads it, with no reload. Its own code-server, as
// the other suites run theirs with trust off.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit } from '../helpers/ruleTester';
import { sessionSuite } from './vscode';

/**
 * A colloquial word in the facts, which wording/colloquial finds unless a config turns the rule
 * off, and a law cited by its short name, which stays found either way.
 */
const DRAFT = edit(
  '《中华人民共和国安全生产法》第二十八条',
  '《安全生产法》第二十八条',
  edit('当事人法定代表人周明远', '当事人老板周明远'),
);
const has = (rule: string) => (rows: string[]) => rows.some((r) => r.includes(rule));
const colloquial = has('wording/colloquial');
const shortName = has('citation/short-name');

describe('VS Code end to end: Restricted Mode', function () {
  const vs = sessionSuite(
    this,
    'casedraft-e2e-trust-',
    () => {
      // Above the workspace folder: read only once the folder is trusted.
      writeFileSync(
        join(vs.tmp, 'casedraft.config.json'),
        JSON.stringify({ rules: { 'wording/colloquial': 'off' } }),
      );
      return { 'case/d.case.md': DRAFT };
    },
    { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' },
  );

  it('an untrusted folder: drafts are checked without the config above it; trusting the folder applies it', async () => {
    const p = vs.page;
    await p.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60000 });
    await vs.open('case/d.case.md');
    await vs.waitForProblems(
      'both findings, the config above not read',
      (r) => colloquial(r) && shortName(r),
    );

    await vs.command('Workspaces: Manage Workspace Trust');
    await p
      .locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust( Folder)?$/ })
      .first()
      .click({ timeout: 30000 });
    await p
      .locator('.statusbar-item', { hasText: 'Restricted Mode' })
      .first()
      .waitFor({ state: 'detached', timeout: 60000 });
    await vs.waitForProblems(
      'the config above read once trusted: its rule off, the other finding still there',
      (r) => !colloquial(r) && shortName(r),
    );
  });
});
