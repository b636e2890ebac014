/**
 * What a draft says about which case it belongs to: the agency's case number (案件编号), the party
 * (统一社会信用代码 / 身份证号 / name) and the matter (违法行为 / 案由). Read once per model: a
 * model never changes once parsed, and every case rule and the case index ask for it.
 */
import { isValidIdCard, isValidUscc } from '../ids';
import { partyName } from '../facts';
import type { CaseModel } from '../model';

export interface CaseIdentity {
  /** 案件编号, normalised. */
  caseNo?: string;
  /** The party's identifier when its check character is right, so a typo cannot tie two parties together. */
  partyCode?: string;
  /** The party's name, normalised (full-width brackets, spaces). */
  partyName?: string;
  /** 违法行为, normalised. */
  violation?: string;
  /** 案由 without its closing 案, normalised. */
  cause?: string;
}

/** Full-width and half-width forms, spaces and line breaks do not make two names different. */
export function normalizeName(s: string | undefined): string | undefined {
  const n = s?.normalize('NFKC').replace(/\s+/g, '');
  return n ? n : undefined;
}

const identities = new WeakMap<CaseModel, CaseIdentity>();

export function identityOf(model: CaseModel): CaseIdentity {
  let id = identities.get(model);
  if (!id) identities.set(model, (id = readIdentity(model)));
  return id;
}

function readIdentity(model: CaseModel): CaseIdentity {
  const f = model.facts;
  const uscc = normalizeName(f.当事人?.统一社会信用代码)?.toUpperCase();
  const idCard = normalizeName(f.当事人?.身份证号)?.toUpperCase();
  const partyCode = uscc && isValidUscc(uscc) ? uscc : idCard && isValidIdCard(idCard) ? idCard : undefined;
  const out: CaseIdentity = {
    caseNo: normalizeName(f.案件编号),
    partyCode,
    partyName: normalizeName(partyName(f)),
    violation: normalizeName(f.违法行为),
    cause: normalizeName(f.案由)?.replace(/案$/, '') || undefined,
  };
  for (const k of Object.keys(out) as (keyof CaseIdentity)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** A text of everything grouping reads, so a cache can tell when a draft's case may have changed. */
export function identityKey(id: CaseIdentity): string {
  return [id.caseNo, id.partyCode, id.partyName, id.violation, id.cause].map((v) => v ?? '').join('\u0001');
}

/**
 * Same party: the same valid identifier, or — when either lacks one — the same name. Two
 * different valid identifiers are two parties whatever their names.
 */
export function sameParty(a: CaseIdentity, b: CaseIdentity): boolean {
  if (a.partyCode && b.partyCode) return a.partyCode === b.partyCode;
  return !!a.partyName && a.partyName === b.partyName;
}

/**
 * Same matter: the same 违法行为, or the same 案由, or a 案由 that names the other's 违法行为
 * (a record gives only 案由: 「某公司未如实记录安全生产教育和培训情况案」).
 */
export function sameMatter(a: CaseIdentity, b: CaseIdentity): boolean {
  if (a.violation && a.violation === b.violation) return true;
  if (a.cause && a.cause === b.cause) return true;
  if (a.violation && b.cause?.includes(a.violation)) return true;
  if (b.violation && a.cause?.includes(b.violation)) return true;
  return false;
}

/** One case by party and matter (for drafts without a 案件编号). */
export function sameCase(a: CaseIdentity, b: CaseIdentity): boolean {
  return sameParty(a, b) && sameMatter(a, b);
}
