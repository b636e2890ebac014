// `npm run bench`, the import rows: import throughput and the archive index (called by run.mjs).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleModules } from './bundle.mjs';

/**
 * Import throughput over 1,000 DOCX (in process, bytes to draft), and the archive index of 5,000
 * documents: the first build (every file imported) and the warm re-check (the cache's sizes and
 * times). The DOCX are CaseDraft's own exports of the clean decision, ten variants (party, 文号,
 * date) cycled; the archive also holds drafts.
 */
export async function importBench({ ROOT, OUT, BASE, quick, row, r1 }) {
  const imp = await bundleModules(ROOT, join(OUT, 'import.cjs'), {
    importDocument: './server/src/core/import',
    exportDocx: './server/src/core/export',
    parseCase: './server/src/core/parse',
    loadArchive: './server/src/host/archive',
  });
  const variants = [];
  for (let i = 0; i < 10; i++) {
    const text = BASE.replace(/张应急罚决字〔2025〕8号/g, `张应急罚决字〔2025〕${10 + i}号`).replace(
      /2025-04-15/g,
      `2025-04-${String(10 + i).padStart(2, '0')}`,
    );
    variants.push({ text, docx: await imp.exportDocx(imp.parseCase(text)) });
  }
  const n = quick ? 200 : 1000;
  await imp.importDocument('warm.docx', variants[0].docx);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await imp.importDocument(`d${i}.docx`, variants[i % 10].docx);
  const ms = performance.now() - t0;
  row(
    'casedraft',
    `import ${n} DOCX (bytes → draft, in process)`,
    (n / ms) * 1000,
    'files/s',
    '',
    `${r1(ms / n)} ms a file`,
  );

  const archive = join(OUT, 'archive');
  const cache = join(OUT, 'archive-cache');
  const size = quick ? 1000 : 5000;
  // A run before this one left its archive and cache: the first build starts from neither.
  rmSync(archive, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  for (let i = 0; i < size; i++) {
    const dir = join(archive, String(2015 + (i % 10)));
    if (i < 10) mkdirSync(dir, { recursive: true });
    // Four in five are Word files, one in five a draft.
    if (i % 5 === 4) writeFileSync(join(dir, `d${i}.case.md`), variants[i % 10].text);
    else writeFileSync(join(dir, `d${i}.docx`), variants[i % 10].docx);
  }
  const opts = { baseDir: OUT, patterns: ['archive/**/*'], cacheDir: cache };
  const t1 = performance.now();
  const first = await imp.loadArchive(opts);
  const build1 = performance.now() - t1;
  const t2 = performance.now();
  const warm = await imp.loadArchive(opts);
  const check = performance.now() - t2;
  row(
    'casedraft',
    `archive index of ${size} documents, first build`,
    build1 / 1000,
    's',
    '',
    `${first.files} files, ${first.decisions.length} decisions, ${r1((first.files / build1) * 1000)} files/s`,
  );
  row(
    'casedraft',
    `archive index of ${size} documents, warm re-check`,
    check / 1000,
    's',
    'seconds',
    `${warm.read} files read again`,
  );
}
