import { sectionByName } from '../../core/model';
import { clauseFor } from '../../core/clauses';
import { defineRule, insertAt } from '../../core/rule';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';

const messages = {
  missing: {
    zh: '本决定依法应当公示（{why}），但决定书没有告知当事人行政处罚信息将向社会公示。请在送达的决定书中写明公示告知，例如：「{clause}」',
    en: 'This decision is to be published ({why}), but it does not tell the party that the penalty information will be made public. State it in the decision served, e.g. "{clause}"',
  },
  insert: {
    zh: '在「履行方式和期限」末尾加入公示告知',
    en: 'Add the publication notice at the end of 履行方式和期限',
  },
};

const WHY = {
  market: {
    zh: '市场监督管理部门适用普通程序作出的行政处罚决定，且不只是警告',
    en: 'a market-regulation decision under the ordinary procedure that imposes more than a warning',
  },
  agency: {
    zh: '本机关在 casedraft.config.json 中配置了公示告知条款',
    en: 'the agency configured a publication clause in casedraft.config.json',
  },
};

/** Agencies bound by 市场监督管理行政处罚信息公示规定: market regulation (Art. 2) and drug regulation (Art. 18). */
const MARKET = /市场监督管理|市场监管|药品监督管理/;
/** Wording that tells the party of publication. */
const NOTICE =
  /向社会(?:进行)?公示|国家企业信用信息公示系统|予以公示|依法公示|将被?公示|向社会公开|依法公开|予以公开/;

export default defineRule({
  meta: {
    id: 'structure/publication-notice',
    severity: 'info',
    description: {
      zh: '应公示的决定书告知当事人将公示',
      en: 'A decision that will be published tells the party so',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十八条第一款；《市场监督管理行政处罚信息公示规定》第二条、第八条',
      en: 'Administrative Penalty Law, Art. 48 para 1; Provisions on Publicising Market-Regulation Penalty Information, Art. 2 and 8',
      // Art. 48 is new in the 2021 text (no 2017 counterpart): a document dated before 2021-07-15 is not held to it.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/structure/publication-notice.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    const { model, config } = ctx;
    if (model.doctype?.id !== 'penalty-decision') return;
    const f = model.facts;
    // Art. 2: decisions under the ordinary procedure, except a warning alone. Without the facts, silent.
    const market =
      !!f.机关 &&
      MARKET.test(f.机关) &&
      f.处罚?.程序 === '普通' &&
      !!f.处罚.种类?.length &&
      f.处罚.种类.some((k) => k !== '警告');
    // Elsewhere Art. 48 leaves "一定社会影响" to the agency: one that configures the clause publishes.
    const agency = config.templates.publication !== undefined;
    if (!market && !agency) return;
    if (model.blocks.some((b) => NOTICE.test(b.text))) return;

    const clause = clauseFor('publication', config).text;
    const why = market ? WHY.market : WHY.agency;
    const payment = sectionByName(model, '履行方式和期限');
    const anchor = payment ?? model.sections[0];
    const span = anchor?.headingSpan ?? model.title?.span ?? { start: 0, end: 0 };
    ctx.report({
      messageId: 'missing',
      data: { why: why, clause },
      span,
      // Where the notice goes and how it reads is the agency's choice: offered, not applied.
      suggestions:
        payment && !/\{[^{}]+\}/.test(clause)
          ? [{ messageId: 'insert', edits: [insertAt(payment.span.end, `\n\n${clause}`)] }]
          : undefined,
    });
  },
});
