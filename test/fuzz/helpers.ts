// Shared pieces of the fuzz tests: the valid drafts mutations start from, the mutation
// arbitraries, and the one property every input must satisfy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { INTERNAL_RULE_ID } from '../../server/src/core/translate';
import type { CaseDiagnostic } from '../../server/src/core/types';
import { allRules } from '../../server/src/rules';
import { messageOf } from '../helpers/words';

const root = join(__dirname, '..', '..');

/** Valid drafts to mutate: the clean example and the rule-test base. */
export const SEEDS: readonly string[] = [
  readFileSync(join(root, 'examples/clean/decision.case.md'), 'utf8'),
  readFileSync(join(root, 'test/fixtures/base-decision.case.md'), 'utf8'),
];

/**
 * Runs in `npm test` by default; `FUZZ_RUNS=100000 npm run fuzz:long` for the long mode.
 * The default keeps the whole fuzz suite well under a minute on 2 shared cores.
 */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

// The short runs in `npm test` use one fixed seed, so CI checks the same few thousand drafts every
// time and cannot turn red (or hang) by chance; the long mode, or FUZZ_SEED, explores new ones.
// fast-check prints the seed and path of any failure, so a finding can be replayed.
const longMode = Number(process.env.FUZZ_RUNS) > 0;
const seed = Number(process.env.FUZZ_SEED);
// FUZZ_SECONDS bounds each property's time (the long mode on a shared machine): a property stops
// at the limit without failing, and says how many inputs it ran, for the figures in the README.
const seconds = Number(process.env.FUZZ_SECONDS);
fc.configureGlobal({
  ...(Number.isInteger(seed) ? { seed } : longMode ? {} : { seed: 20261125 }),
  ...(seconds > 0
    ? {
        interruptAfterTimeLimit: seconds * 1000,
        reporter: (details: fc.RunDetails<unknown>) => {
          process.stdout.write(
            `      ${details.numRuns} runs${details.interrupted ? ' (time limit)' : ''}\n`,
          );
          if (details.failed) throw new Error(fc.defaultReportMessage(details));
        },
      }
    : {}),
});

/**
 * The property: parse and every rule run without throwing, no rule crashed in isolation, and
 * every finding can be worded in both languages.
 */
export function checkDraft(text: string): CaseDiagnostic[] {
  const model = parseCase(text, 'file:///fuzz/draft.case.md');
  const diagnostics = lintModel(model, { rules: allRules });
  const crashed = diagnostics.filter((d) => d.rule === INTERNAL_RULE_ID);
  if (crashed.length) throw new Error(`rule crashed: ${crashed.map((d) => messageOf(d, 'en')).join(' | ')}`);
  for (const d of diagnostics) {
    messageOf(d, 'zh-cn');
    messageOf(d, 'en');
    // Ranges must stay inside the document, or an editor would reject the whole publish.
    if (d.range.start.line < 0 || d.range.end.line >= model.lines.lineCount + 1)
      throw new Error(`range out of document: ${JSON.stringify(d.range)}`);
  }
  return diagnostics;
}

/** Characters that tend to break parsers: markup, line breaks, BOM, NUL, lone surrogates, CJK. */
const NASTY = [
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\0',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '\u3000',
  '|',
  '\\',
  '#',
  '## ',
  '---',
  '```',
  '~~~',
  '[证据1]',
  '[证据',
  '证据0]',
  '第',
  '条',
  '《',
  '》',
  '壹拾',
  '万元',
  '¥',
  '（',
  '）',
  '年',
  '月',
  '日',
  '2025-02-30',
  ':',
  ': ',
  '- ',
  '*',
  '&a',
  '*a',
  '!!binary',
  '{',
  '[',
  '"',
  "'",
  '\t',
  '> ',
  '<!--',
  '-->',
  '| --- |',
  '💥',
  '\u0301',
];

export const nastyChunk = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
    maxLength: 8,
  }),
);

/** YAML values of every type, and some that are not valid YAML at all. */
const YAML_VALUES = [
  '',
  '~',
  'null',
  '[]',
  '{}',
  '0',
  '-1',
  '1e309',
  '.nan',
  '-.inf',
  'true',
  '"x"',
  "''",
  '2025-13-45',
  '2025-02-29',
  '9999-12-31',
  '[1, [2, [3]]]',
  '{a: {b: 1}}',
  '[罚款, 警告]',
  '!!binary AAAA',
  '&a x',
  '*a',
  '*nope',
  '"\\uD800"',
  '"\\0"',
  '|',
  '>-',
  '- x',
  '12345678901234567890',
  '"壹拾伍万元整"',
  '[{姓名: 张三}]',
  '{姓名: [1]}',
  '  ',
];

type Mutation = (lines: string[]) => string[];

const at = (n: number, len: number) => (len === 0 ? 0 : n % len);

/** One edit on the lines of a draft. Indexes are taken modulo the length so every draw applies. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Delete a run of lines.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([i, n]): Mutation => (ls) => {
    const s = at(i, ls.length);
    return [...ls.slice(0, s), ...ls.slice(s + n)];
  }),
  // Duplicate a line elsewhere.
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (ls) => {
    if (!ls.length) return ls;
    const out = [...ls];
    out.splice(at(j, ls.length), 0, ls[at(i, ls.length)]!);
    return out;
  }),
  // Swap two sections (everything from one `## ` to the next).
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (ls) => {
    const starts = ls.flatMap((l, i) => (l.startsWith('## ') ? [i] : []));
    if (starts.length < 2) return ls;
    const bounds = starts.map((s, k) => [s, starts[k + 1] ?? ls.length] as const);
    const x = bounds[at(a, bounds.length)]!;
    const y = bounds[at(b, bounds.length)]!;
    if (x === y) return ls;
    const [first, second] = x[0] < y[0] ? [x, y] : [y, x];
    return [
      ...ls.slice(0, first[0]),
      ...ls.slice(second[0], second[1]),
      ...ls.slice(first[1], second[0]),
      ...ls.slice(first[0], first[1]),
      ...ls.slice(second[1]),
    ];
  }),
  // Break a table: drop or add pipes on a table line.
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([i, j, add]): Mutation => (ls) => {
    const rows = ls.flatMap((l, k) => (l.includes('|') ? [k] : []));
    if (!rows.length) return ls;
    const k = rows[at(i, rows.length)]!;
    const line = ls[k]!;
    const pipes = [...line].flatMap((c, p) => (c === '|' ? [p] : []));
    const p = pipes[at(j, pipes.length)]!;
    const out = [...ls];
    out[k] = add ? line.slice(0, p) + '||' + line.slice(p + 1) : line.slice(0, p) + line.slice(p + 1);
    return out;
  }),
  // Insert nasty text inside a line.
  fc.tuple(fc.nat(), fc.nat(), nastyChunk).map(([i, j, s]): Mutation => (ls) => {
    if (!ls.length) return [s];
    const out = [...ls];
    const k = at(i, ls.length);
    const line = out[k]!;
    const p = at(j, line.length + 1);
    out[k] = line.slice(0, p) + s + line.slice(p);
    return out;
  }),
  // Replace a slice of a line (cuts through surrogate pairs and multi-char tokens on purpose).
  fc
    .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), nastyChunk)
    .map(([i, j, n, s]): Mutation => (ls) => {
      if (!ls.length) return ls;
      const out = [...ls];
      const k = at(i, ls.length);
      const line = out[k]!;
      const p = at(j, line.length + 1);
      out[k] = line.slice(0, p) + s + line.slice(p + n);
      return out;
    }),
  // Give a front-matter key a value of another type: facts must drop it, rules must cope.
  fc.tuple(fc.nat(), fc.constantFrom(...YAML_VALUES)).map(([i, v]): Mutation => (ls) => {
    const keys = ls.flatMap((l, k) => (/^\s*(?:- )?[^\s:#][^:]*:/.test(l) ? [k] : []));
    if (!keys.length) return ls;
    const k = keys[at(i, keys.length)]!;
    const out = [...ls];
    out[k] = out[k]!.replace(/:.*$/, `: ${v}`);
    return out;
  }),
  // Change indentation of a line (YAML nesting, lists, code blocks).
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 8 })).map(([i, d]): Mutation => (ls) => {
    if (!ls.length) return ls;
    const out = [...ls];
    const k = at(i, ls.length);
    out[k] = d >= 0 ? ' '.repeat(d) + out[k]! : out[k]!.replace(new RegExp(`^ {0,${-d}}`), '');
    return out;
  }),
);

/** How the mutated lines are joined and framed: LF, CRLF, CR, mixed; with or without BOM. */
export const framing = fc.record({
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  trailing: fc.constantFrom('', '\n', '\0', '\uD83D'),
});

export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 }), framing)
  .map(([seed, ms, f]) => {
    let lines = seed.split(/\r\n|\n/);
    for (const m of ms) lines = m(lines);
    return (f.bom ? '\uFEFF' : '') + lines.join(f.eol) + f.trailing;
  });
