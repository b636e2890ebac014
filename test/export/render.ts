/** Renders DOCX with LibreOffice and reads the PDF back with poppler (pdfinfo, pdftotext): the export tests' eyes. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Maps 仿宋_GB2312, 方正小标宋简体 … to free fonts (fonts-noto-cjk) for this check only. */
const FONTS_CONF = join(ROOT, 'test/fixtures/fonts-for-rendering.conf');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** LibreOffice and poppler-utils are installed (scripts/ci/setup-export.sh). */
export const canRender = () => has('libreoffice') && has('pdfinfo') && has('pdftotext');

/** DOCX → PDF with LibreOffice, in a private profile so parallel runs and a user's settings do not interfere. */
export function toPdf(docx: string, outDir: string): string {
  const r = spawnSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(outDir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } },
  );
  const pdf = join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
  assert.ok(r.status === 0 && existsSync(pdf), `libreoffice failed: ${r.stderr}`);
  return pdf;
}

export function pdfInfo(pdf: string): Record<string, string> {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Object.fromEntries(
    r.stdout.split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdfText(pdf: string, page: number): string {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
}

/** The words of a page with where they are (pdftotext -bbox), top to bottom, left to right. */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return [...r.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), text: m[3]!.replace(/&amp;/g, '&') }))
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}
