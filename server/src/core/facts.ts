import { isoParts, isPlausibleDate } from './calendar';

/**
 * The front matter as rules want to read it: typed, with anything of the wrong type dropped,
 * so that a rule that needs a fact the draft does not give simply stays silent
 * (structure/front-matter reports the bad value once).
 */
export interface Party {
  类型?: '单位' | '个人';
  名称?: string;
  姓名?: string;
  统一社会信用代码?: string;
  身份证号?: string;
  住所?: string;
  住址?: string;
  电话?: string;
  法定代表人?: string;
}

export interface Officer {
  姓名?: string;
  证号?: string;
}

export interface Procedure {
  违法行为发生?: string;
  违法行为终了?: string;
  /** The day the agency discovered the violation: Art. 36's period runs to it. */
  发现?: string;
  立案?: string;
  告知?: string;
  告知送达?: string;
  /** 未提出 | 放弃 | a date */
  陈述申辩?: string;
  听证告知?: '是' | '否';
  /** 未申请 | 放弃 | a date */
  听证申请?: string;
  听证?: string;
  法制审核?: string;
  集体讨论?: string;
  延期批准?: string;
  决定?: string;
  送达?: string;
}

export interface ReviewStep {
  环节?: string;
  姓名?: string;
  日期?: string;
  意见?: string;
}

export interface Penalty {
  种类?: string[];
  罚款?: number;
  没收违法所得?: number;
  裁量?: '轻微' | '一般' | '较重' | '严重';
  程序?: '普通' | '简易';
}

export interface CaseFacts {
  文书?: string;
  文号?: string;
  /** The agency's case number, shared by every document of one case (docs/case.md). */
  案件编号?: string;
  机关?: string;
  领域?: string;
  违法行为?: string;
  案由?: string;
  当事人?: Party;
  执法人员?: Officer[];
  程序?: Procedure;
  审核?: ReviewStep[];
  处罚?: Penalty;
  首违?: '是' | '否';
  /** Whether the violation had harmful consequences (Art. 36: with 涉及生命健康安全、金融安全, five years). */
  危害后果?: '有' | '无';
}

/** The largest amount in yuan a draft may state: the `maximum` of `amount` in schemas/frontmatter/common.schema.json. */
export const MAX_AMOUNT = 1e12;

export function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && isoParts(v) !== undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * A date a case can carry: a real YYYY-MM-DD within the calendar's plausible years. Anything else
 * (9999-12-28) is left out of the facts, so that no rule computes a period from it; the front-matter
 * check reports it.
 */
export function isCaseDate(v: unknown): v is string {
  return isIsoDate(v) && isPlausibleDate(v);
}

function date(v: unknown): string | undefined {
  return isCaseDate(v) ? v : undefined;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function dateOrWord(v: unknown): string | undefined {
  return date(v) ?? oneOf(v, ['未提出', '放弃', '未申请'] as const);
}

export function readFacts(data: Record<string, unknown> | undefined): CaseFacts {
  if (!data) return {};
  const party = obj(data['当事人']);
  const proc = obj(data['程序']);
  const pen = obj(data['处罚']);
  // An amount the schema refuses (.inf, .nan, above 一万亿元) is reported by structure/front-matter
  // and read by no other rule: no message, range check or export computes with it.
  const num = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT ? v : undefined;
  return compact({
    文书: str(data['文书']),
    文号: str(data['文号']),
    案件编号: str(data['案件编号']),
    机关: str(data['机关']),
    领域: str(data['领域']),
    违法行为: str(data['违法行为']),
    案由: str(data['案由']),
    当事人: party
      ? compact<Party>({
          类型: oneOf(party['类型'], ['单位', '个人'] as const),
          名称: str(party['名称']),
          姓名: str(party['姓名']),
          统一社会信用代码: str(party['统一社会信用代码']),
          身份证号: str(party['身份证号']),
          住所: str(party['住所']),
          住址: str(party['住址']),
          电话: str(party['电话']),
          法定代表人: str(party['法定代表人']),
        })
      : undefined,
    执法人员: Array.isArray(data['执法人员'])
      ? (data['执法人员'] as unknown[]).map((o) =>
          compact<Officer>({ 姓名: str(obj(o)?.['姓名']), 证号: str(obj(o)?.['证号']) }),
        )
      : undefined,
    程序: proc
      ? compact<Procedure>({
          违法行为发生: date(proc['违法行为发生']),
          违法行为终了: date(proc['违法行为终了']),
          发现: date(proc['发现']),
          立案: date(proc['立案']),
          告知: date(proc['告知']),
          告知送达: date(proc['告知送达']),
          陈述申辩: dateOrWord(proc['陈述申辩']),
          听证告知: oneOf(proc['听证告知'], ['是', '否'] as const),
          听证申请: dateOrWord(proc['听证申请']),
          听证: date(proc['听证']),
          法制审核: date(proc['法制审核']),
          集体讨论: date(proc['集体讨论']),
          延期批准: date(proc['延期批准']),
          决定: date(proc['决定']),
          送达: date(proc['送达']),
        })
      : undefined,
    审核: Array.isArray(data['审核'])
      ? (data['审核'] as unknown[]).map((o) =>
          compact<ReviewStep>({
            环节: str(obj(o)?.['环节']),
            姓名: str(obj(o)?.['姓名']),
            日期: date(obj(o)?.['日期']),
            意见: str(obj(o)?.['意见']),
          }),
        )
      : undefined,
    处罚: pen
      ? compact<Penalty>({
          种类: Array.isArray(pen['种类'])
            ? (pen['种类'] as unknown[]).map(str).filter((s): s is string => !!s)
            : typeof pen['种类'] === 'string'
              ? [pen['种类']]
              : undefined,
          罚款: num(pen['罚款']),
          没收违法所得: num(pen['没收违法所得']),
          裁量: oneOf(pen['裁量'], ['轻微', '一般', '较重', '严重'] as const),
          程序: oneOf(pen['程序'], ['普通', '简易'] as const),
        })
      : undefined,
    首违: oneOf(data['首违'], ['是', '否'] as const),
    危害后果: oneOf(data['危害后果'], ['有', '无'] as const),
  });
}

/** The party's name whichever key the draft used. */
export function partyName(facts: CaseFacts): string | undefined {
  return facts.当事人?.名称 ?? facts.当事人?.姓名;
}
