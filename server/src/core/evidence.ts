import data from '../../../data/evidence.json';
import type { EvidenceRow } from './model';

const statutory = new Set(data.kinds.statutory);
const kindAliases: Record<string, string> = data.kinds.aliases;

export const STATUTORY_EVIDENCE_KINDS: readonly string[] = data.kinds.statutory;

export function isStatutoryKind(kind: string): boolean {
  return statutory.has(kind.trim());
}

/** The statutory kind a common nonstatutory word most likely means, if any. */
export function likelyKind(kind: string): string | undefined {
  return kindAliases[kind.trim()];
}

const has = (text: string | undefined, words: readonly string[]) =>
  !!text && words.some((w) => text.includes(w));

/** Records that officers make on the spot, which Art. 42 requires two of them to make. */
export function needsTwoCollectors(row: EvidenceRow): boolean {
  return (
    data.twoCollectors.kinds.includes(row.cells.种类?.text ?? '') ||
    has(row.cells.名称?.text, data.twoCollectors.names)
  );
}

export function isSampledReport(row: EvidenceRow): boolean {
  return has(row.cells.名称?.text, data.sampling.reports);
}

export function isSamplingRecord(row: EvidenceRow): boolean {
  return has(row.cells.名称?.text, data.sampling.records);
}

/** Which of 采样点 / 采样方法 the row's 证明事项 fails to state. */
export function missingSamplingStatements(row: EvidenceRow): string[] {
  const text = row.cells.证明事项?.text ?? '';
  return Object.entries(data.sampling.mustState as Record<string, string[]>)
    .filter(([, words]) => !has(text, words))
    .map(([name]) => name);
}

/** Evidence ids a row's 来源 or 证明事项 points at (依据证据2采样). */
export function referencedIds(row: EvidenceRow): string[] {
  const text = `${row.cells.来源?.text ?? ''} ${row.cells.证明事项?.text ?? ''}`;
  return [...text.matchAll(/证据\s*(\d+)/g)].map((m) => `证据${Number(m[1])}`);
}
