// The judged snapshot of the real corpus: every finding CaseDraft reports on test/corpus/real, each
// with a judgement. Shared by the test (test/corpus/judged.test.ts) and the updater
// (`npm run corpus:update`), which adds new findings unjudged and rewrites the README's figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runLint } from '../../server/src/cli/lint';
import { allRules } from '../../server/src/rules';

export const ROOT = path.join(__dirname, '..', '..');
export const REAL = path.join(__dirname, 'real');
export const JUDGED = path.join(__dirname, 'judged.json');
export const README = path.join(ROOT, 'README.md');

/**
 * What a finding is, judged against the published document:
 * - `defect`: a real defect of the document; `why` says what, citing the article or standard;
 * - `not-run`: structure/imported-data's notice of the checks that could not run (no defect claim);
 * - `convention`: an information of a house-style rule (CaseDraft's own writing convention, such
 *   as capitals before the digits of an amount): true of the text, and no defect claim — the
 *   document was not written to CaseDraft's conventions, and law and standards do not ask it;
 * - `unjudged`: added by the updater, to be judged. The test fails while any is left.
 */
export type Judgement = 'defect' | 'not-run' | 'convention' | 'unjudged';

export interface Finding {
  /** The corpus folder, e.g. `05-environment-yueyang-eia`. */
  doc: string;
  line: number;
  rule: string;
  messageId: string;
  severity: string;
  /** The source text of the finding's range (its first line). */
  text: string;
  /** The finding's plain values (the section it misses, the word it found …), to tell apart findings at one place. */
  detail: string;
}

export interface JudgedFinding extends Finding {
  judgement: Judgement;
  why: string;
}

interface Source {
  dir: string;
  doctype: string;
  field: string;
  body: string;
}

export const keyOf = (f: Finding) => `${f.doc}:${f.line} ${f.rule}/${f.messageId} «${f.text}» ${f.detail}`;

/** The data values that read the same in every language, as `key=value` pairs. */
function detailOf(data: Readonly<Record<string, unknown>> | undefined): string {
  return Object.entries(data ?? {})
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort()
    .join(' ');
}

/** Lints the corpus as `casedraft lint test/corpus/real` does: one workspace, each file's config. */
export function lintCorpus(): Finding[] {
  const run = runLint({ paths: [REAL], rules: allRules });
  const out: Finding[] = [];
  for (const r of run.results) {
    const lines = readFileSync(path.join(ROOT, r.file), 'utf8').split('\n');
    const doc = path.basename(path.dirname(r.file));
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const line = lines[start.line] ?? '';
      out.push({
        doc,
        line: start.line + 1,
        rule: d.rule,
        messageId: d.messageId,
        severity: d.severity,
        text: line.slice(start.character, end.line === start.line ? end.character : undefined).slice(0, 80),
        detail: detailOf(d.data),
      });
    }
  }
  return out;
}

export function readJudged(): JudgedFinding[] {
  return JSON.parse(readFileSync(JUDGED, 'utf8')) as JudgedFinding[];
}

export interface Figures {
  documents: number;
  doctypes: Record<string, number>;
  fields: number;
  bodies: number;
  findings: number;
  bySeverity: Record<string, number>;
  defects: number;
  notRun: number;
  conventions: number;
}

export function figures(judged: readonly JudgedFinding[]): Figures {
  const sources = JSON.parse(readFileSync(path.join(REAL, 'sources.json'), 'utf8')) as Source[];
  const count = <T>(xs: readonly T[], key: (x: T) => string) =>
    xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {});
  return {
    documents: sources.length,
    doctypes: count(sources, (s) => s.doctype),
    fields: new Set(sources.map((s) => s.field)).size,
    bodies: new Set(sources.map((s) => s.body)).size,
    findings: judged.length,
    bySeverity: count(judged, (j) => j.severity),
    defects: judged.filter((j) => j.judgement === 'defect').length,
    notRun: judged.filter((j) => j.judgement === 'not-run').length,
    conventions: judged.filter((j) => j.judgement === 'convention').length,
  };
}

export const FIGURES_START = '<!-- corpus-figures: written by `npm run corpus:update`; do not edit -->';
export const FIGURES_END = '<!-- /corpus-figures -->';

/** The README's paragraph of figures, computed from the corpus index and the judged snapshot. */
export function figuresBlock(f: Figures): string {
  const kinds = Object.entries(f.doctypes)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const sev = ['error', 'warning', 'info'].map((s) => `${f.bySeverity[s] ?? 0} ${s}`).join(', ');
  return [
    FIGURES_START,
    `**${f.documents} real published documents** (${kinds}) from **${f.fields} fields** and ` +
      `**${f.bodies} issuing bodies** ([test/corpus/real/](test/corpus/real/)). CaseDraft reports ` +
      `**${f.findings} findings** on them (${sev}): **${f.defects} are real defects** of the ` +
      `published documents, each judged with its article or standard in ` +
      `[test/corpus/judged.json](test/corpus/judged.json); ${f.notRun} are the one notice per ` +
      `imported document of the checks that could not run for want of data a published document ` +
      `does not carry; and ${f.conventions} are hints of CaseDraft's own house style (information, ` +
      `no defect claim: the documents were not written to it). No finding is a false alarm: \`npm test\` fails on any finding not in the ` +
      `judged list and on any listed finding that disappears.`,
    FIGURES_END,
  ].join('\n');
}
