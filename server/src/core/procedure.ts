/**
 * What the procedure and penalty rules share: which kind of decision a draft is (the scope notes
 * of the rule catalog), where to anchor a diagnostic about a front-matter fact, and how to say that
 * a threshold is CaseDraft's default rather than the agency's own figure.
 */
import type { ResolvedConfig } from './config';
import type { CaseModel } from './model';
import type { LocalizedText, Span } from './types';

export const PENALTY_DECISION = '行政处罚决定书';
export const NO_PENALTY_DECISION = '不予行政处罚决定书';

export function isPenaltyDecision(model: CaseModel): boolean {
  return model.facts.文书 === PENALTY_DECISION;
}

export function isNoPenaltyDecision(model: CaseModel): boolean {
  return model.facts.文书 === NO_PENALTY_DECISION;
}

/** 当场处罚 (Art. 51–52): no 立案, review chain, legal review or 90-day limit. */
export function isSimpleProcedure(model: CaseModel): boolean {
  return model.facts.处罚?.程序 === '简易';
}

/** The span of a front-matter value, falling back to its key, its parent, the title, the start. */
export function factSpan(model: CaseModel, path: readonly (string | number)[]): Span {
  for (let n = path.length; n > 0; n--) {
    const p = path.slice(0, n);
    const s = model.frontMatter.locate(p) ?? model.frontMatter.locate(p, true);
    if (s) return s;
  }
  return model.title?.span ?? model.frontMatter.span ?? { start: 0, end: 0 };
}

/** The span of a front-matter key (for a fact that is missing under it), with factSpan's fallbacks. */
export function keySpan(model: CaseModel, path: readonly (string | number)[]): Span {
  return model.frontMatter.locate(path, true) ?? factSpan(model, path);
}

/** "（CaseDraft 默认值，可在 casedraft.config.json 的 thresholds.hearing 中配置）" when `key` was not set by the agency. */
export function defaultNote(config: ResolvedConfig, key: string): LocalizedText {
  const top = key.split('.')[0]!;
  if (config.explicit.has(key) || (key === top && config.explicit.has(top))) return { zh: '', en: '' };
  return {
    zh: `（CaseDraft 默认值，可在 casedraft.config.json 的 ${key} 中配置）`,
    en: ` (CaseDraft's default, configurable as "${key}" in casedraft.config.json)`,
  };
}

export function partyType(model: CaseModel): '单位' | '个人' | undefined {
  return model.facts.当事人?.类型;
}

/** The party type as a message value: 单位 / 个人 in Chinese, organisation / person in English. */
export function partyTypeText(type: '单位' | '个人'): LocalizedText {
  return type === '单位' ? { zh: '单位', en: 'organisation' } : { zh: '个人', en: 'person' };
}

/** An amount as en-US writes it: 20000 → 20,000. */
export function yuan(n: number): string {
  // Whole amounts, the usual ones, are grouped here: the first toLocaleString sets up ICU's number
  // formatting, ≈ 4 ms of a CLI start. test/core/procedure.test.ts compares both.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString('en-US');
}
