/**
 * The penalty a decision imposes (or a notice proposes), read from its decision clause: the
 * text from 「决定」/「作出如下行政处罚」 on, within the part that holds the legal basis. Kinds
 * are 行政处罚法 Art. 9's, as penalty/kind lists them; amounts are read by the parser's own
 * amount reader (extract.ts). The quoted law before the clause (「处十万元以上一百万元以下的
 * 罚款」) is not the penalty, nor is the 加处罚款 of the payment clause.
 */
import { findAmounts } from '../extract';
import type { Block } from '../model';

export interface FoundPenalty {
  种类: string[];
  罚款?: number;
  没收违法所得?: number;
  /** Several different fines and no total: left for the officer (listed in the comment). */
  fineAmbiguous?: boolean;
}

/** Art. 9 kinds, each with the words a decision writes it in. */
const KIND_WORDS: [string, RegExp][] = [
  ['警告', /警告/],
  ['通报批评', /通报批评/],
  ['罚款', /罚款/],
  ['没收违法所得', /没收(?:违法|非法)所得/],
  ['没收非法财物', /没收(?:非法财物|违法财物|[^，。；]{0,20}(?:工具|设备|物品|产品|商品|原料))/],
  ['暂扣许可证件', /暂扣[^，。；]{0,20}(?:许可证|执照|证件|资格证)/],
  ['降低资质等级', /降低资质等级/],
  ['吊销许可证件', /吊销[^，。；]{0,20}(?:许可证|执照|证件|资格证)/],
  ['限制开展生产经营活动', /限制开展生产经营活动/],
  ['责令停产停业', /责令停产停业|责令停业/],
  ['责令关闭', /责令关闭/],
  ['限制从业', /限制从业/],
  ['行政拘留', /拘留/],
];

const CLAUSE =
  /决定(?:如下|[：:]|对|给予|作出|处以|予以|责令|：)|作出如下(?:行政)?处罚|处罚如下|拟(?:作出|对|给予|处以)/;

export function readPenalty(texts: readonly string[]): FoundPenalty | undefined {
  const joined = texts.join('\n');
  const at = CLAUSE.exec(joined);
  if (!at) return undefined;
  const clause = joined.slice(at.index).replace(/加处罚款/g, '');
  const kinds = KIND_WORDS.filter(([, re]) => re.test(clause)).map(([k]) => k);
  if (!kinds.length) return undefined;
  const block: Block = {
    kind: 'paragraph',
    span: { start: 0, end: clause.length },
    text: clause,
    citations: [],
  };
  const fines: number[] = [];
  const confiscations: number[] = [];
  let total: number | undefined;
  for (const a of findAmounts(block)) {
    const value = a.upper?.value ?? a.digits?.value;
    if (value === undefined) continue;
    const before = clause.slice(Math.max(0, a.span.start - 14), a.span.start);
    const after = clause.slice(a.span.end, a.span.end + 4);
    if (/没收(?:违法|非法)所得/.test(before)) confiscations.push(value);
    else if (/合计|共计|总计|合并/.test(before)) total = value;
    else if (/罚(?:款)?[^，。；]{0,6}$/.test(before) || /^的?罚款/.test(after)) fines.push(value);
  }
  const distinct = [...new Set(fines)];
  return {
    种类: kinds,
    罚款: total ?? (distinct.length === 1 ? distinct[0] : undefined),
    没收违法所得: confiscations.length === 1 ? confiscations[0] : undefined,
    fineAmbiguous: total === undefined && distinct.length > 1,
  };
}
