// `npm run demo`: the first ten minutes. Checks the flawed sample (flawed on purpose), the clean
// one, exports the clean one to DOCX and says where it went and how to look at it. Each step runs
// the real command line, so what the officer sees here is what `casedraft` prints.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const cli = (...args) =>
  spawnSync(process.execPath, ['bin/casedraft.js', ...args], { stdio: 'inherit' }).status;
const say = (...lines) => console.log(['', ...lines].join('\n'));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

say(
  '== 1/3  examples/flawed/decision.case.md —— 故意写错的决定书 / a decision with mistakes put there on purpose',
  '   CaseDraft 找出的每个问题都写明依据的法条和改法。/ Each finding names the article of law behind it and how to fix it.',
  '',
);
cli('lint', 'examples/flawed');

say('== 2/3  examples/clean/decision.case.md —— 同一案件的正确写法 / the same case written correctly', '');
const clean = cli('lint', 'examples/clean');

const out = resolve('demo-out/decision.docx');
say('== 3/3  导出正确的草稿 / export the clean draft', '');
if (
  clean !== 0 ||
  cli('export', 'examples/clean/decision.case.md', '-o', out, '--force') !== 0 ||
  !existsSync(out)
) {
  console.error('demo: the clean sample did not export; see the messages above.');
  process.exit(1);
}
say(
  `   DOCX：${out}`,
  '   查看 / to look at it:',
  '   - 用 WPS、Word 或 LibreOffice 打开 / open it in WPS, Word or LibreOffice' +
    (has('libreoffice') ? `: libreoffice ${out}` : ''),
  '   - 在 VS Code 中：打开 examples/clean/decision.case.md，运行「CaseDraft: 打印预览」，或直接打开 DOCX /',
  '     in VS Code (npm run package builds the extension): "CaseDraft: Print Preview" beside the draft, or open the DOCX itself',
  '   - 转成 PDF / as PDF: libreoffice --headless --convert-to pdf --outdir demo-out ' + out,
  '',
);
