// `npm run corpus:update`: brings test/corpus/judged.json up to the findings CaseDraft reports now —
// a finding already judged keeps its judgement, a new one is added as `unjudged` (the test fails
// until it is judged), one that is gone is dropped — and writes the README's figures from it.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  FIGURES_END,
  FIGURES_START,
  JUDGED,
  README,
  figures,
  figuresBlock,
  keyOf,
  lintCorpus,
  readJudged,
  type JudgedFinding,
} from './judged';

const before = new Map(readJudged().map((j) => [keyOf(j), j]));
const now: JudgedFinding[] = lintCorpus().map((f) => {
  const old = before.get(keyOf(f));
  return { ...f, judgement: old?.judgement ?? 'unjudged', why: old?.why ?? '' };
});
writeFileSync(JUDGED, JSON.stringify(now, null, 2) + '\n');

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(FIGURES_START);
const end = readme.indexOf(FIGURES_END);
if (start < 0 || end < 0) throw new Error('README.md has no corpus-figures block');
writeFileSync(
  README,
  readme.slice(0, start) + figuresBlock(figures(now)) + readme.slice(end + FIGURES_END.length),
);

const kept = new Set(now.map(keyOf));
const gone = [...before.keys()].filter((k) => !kept.has(k));
const open = now.filter((j) => j.judgement === 'unjudged').length;
process.stdout.write(`${now.length} findings, ${open} to judge; ${gone.length} gone:\n${gone.join('\n')}\n`);
