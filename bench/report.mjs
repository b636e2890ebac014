// The bench's output: the console table, bench/results.json, and (with --readme) the README's
// comparison table, CaseDraft beside its peers, between the markers below.
import { readFileSync, writeFileSync } from 'node:fs';

export const README_START = '<!-- bench:start (npm run bench -- --readme rewrites this part) -->';
export const README_END = '<!-- bench:end -->';

/**
 * Whether a row meets its target. A target is conditions joined by ", ": "≤ 150", "≥ 700", "= 1",
 * or "≥ AutoCorrect" (the same measure of another tool). Undefined when there is no target or no
 * figure to compare.
 */
export function verdict(row, rows) {
  if (!row.target || row.value === undefined) return undefined;
  const other = (tool) => rows.find((r) => r.group === tool && r.metric === row.metric)?.value;
  const misses = [];
  for (const cond of row.target.split(', ')) {
    const m = /^([≤≥=])\s*(.+)$/.exec(cond.trim());
    if (!m) return undefined;
    const bound = Number.isFinite(Number(m[2])) ? Number(m[2]) : other(m[2]);
    if (bound === undefined) continue;
    const ok = m[1] === '≤' ? row.value <= bound : m[1] === '≥' ? row.value >= bound : row.value === bound;
    if (!ok) misses.push(cond);
  }
  return misses.length ? `missed (${misses.join(', ')})` : 'met';
}

export function machineLine(m) {
  return (
    `${m.nproc} × ${m.cpu}, ${m.memGb} GB, Node ${m.node}; load average ${m.loadStart} at the start, ` +
    `${m.loadEnd} at the end (${m.date})`
  );
}

export function printTable(machine, rows) {
  const w = [18, 52, 10, 8, 22, 10];
  const line = (cells) => '| ' + cells.map((c, i) => String(c ?? '—').padEnd(w[i])).join(' | ') + ' |';
  console.log(`machine: ${machineLine(machine)}`);
  console.log(line(['tool', 'measure', 'value', 'unit', 'target', 'verdict']) + ' note');
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const r of rows)
    console.log(
      line([r.group, r.metric, r.value, r.unit, r.target, verdict(r, rows) ?? '']) +
        (r.note ? ` ${r.note}` : ''),
    );
}

/** One line per measure, one column per tool (CaseDraft first), as the README shows it. */
export function comparisonTable(machine, rows) {
  const tools = [...new Set(rows.map((r) => r.group))];
  const measures = [...new Set(rows.map((r) => r.metric))];
  const out = [
    `Measured by \`npm run bench\` in one run on ${machineLine(machine)}.` +
      (machine.quick ? ' **Quick mode (BENCH_QUICK=1): fewer drafts and repetitions.**' : ''),
    '',
    `| measure | unit | ${tools.join(' | ')} | target | verdict |`,
    `|---|---|${tools.map(() => '---:').join('|')}|---|---|`,
  ];
  for (const metric of measures) {
    const here = rows.filter((r) => r.metric === metric);
    const main = here.find((r) => r.target) ?? here[0];
    const cell = (tool) => {
      const r = here.find((x) => x.group === tool);
      if (!r) return '';
      return r.value === undefined ? `— (${r.note ?? 'no figure'})` : String(r.value);
    };
    out.push(
      `| ${metric} | ${main.unit} | ${tools.map(cell).join(' | ')} | ${main.target ?? ''} | ${verdict(main, rows) ?? ''} |`,
    );
  }
  const notes = rows.filter((r) => r.note && r.value !== undefined);
  if (notes.length) {
    out.push('', 'Notes from the same run:', '');
    for (const r of notes) out.push(`- ${r.group}, ${r.metric}: ${r.note}`);
  }
  return out.join('\n');
}

/** Rewrites the README between the bench markers; refuses when the markers are missing. */
export function updateReadme(path, machine, rows) {
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`${path} has no ${README_START} … ${README_END} section`);
  const table = comparisonTable(machine, rows);
  writeFileSync(path, `${text.slice(0, a + README_START.length)}\n\n${table}\n\n${text.slice(b)}`);
}
