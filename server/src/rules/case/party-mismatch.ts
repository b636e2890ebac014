import {
  caseDependency,
  caseOfModel,
  documentLabel,
  identityOf,
  sameMatter,
  sameParty,
  type CaseDocument,
  type CaseIdentity,
} from '../../core/case';
import { partyName } from '../../core/facts';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

const knownParty = (a: CaseIdentity) => !!(a.partyCode || a.partyName);
const knownMatter = (a: CaseIdentity) => !!(a.violation || a.cause);

/** Decisions speak for the case before notices, notices before records. */
const weight = (d: CaseDocument) => ({ decision: 2, notice: 1, record: 0 })[d.kind];

/**
 * The documents this one disagrees with, when it is the odd one out: fewer documents agree with
 * it than disagree, or as many (then both sides are told, since either may be the wrong one).
 */
function disagreeing(
  doc: CaseDocument,
  others: CaseDocument[],
  known: (a: CaseIdentity) => boolean,
  same: (a: CaseIdentity, b: CaseIdentity) => boolean,
): CaseDocument[] {
  const me = identityOf(doc.model);
  if (!known(me)) return [];
  const comparable = others.filter((o) => known(identityOf(o.model)));
  const against = comparable.filter((o) => !same(me, identityOf(o.model)));
  const agree = comparable.length - against.length + 1;
  if (!against.length || agree > against.length) return [];
  return against.sort((a, b) => weight(b) - weight(a));
}

export default defineRule({
  meta: {
    id: 'case/party-mismatch',
    severity: 'error',
    description: {
      zh: '同一案件编号下的文书须载明同一当事人和同一违法行为',
      en: 'The documents sharing a case number name the same party and the same violation',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第五十九条第一款第一项',
      en: 'Administrative Penalty Law, Art. 44, Art. 59 para 1(i)',
    },
    docs: 'docs/rules/case/party-mismatch.md',
    crossDocument: caseDependency,
  },
  messages: {
    otherParty: { zh: '{other} 的当事人', en: 'The party of {other}' },
    otherFact: { zh: '{other} 的{key}', en: 'The {key} of {other}' },
    party: {
      zh: '本文书的当事人「{mine}」与同一案件（案件编号 {caseNo}）的{kind} {other} 的当事人「{theirs}」不一致。同一案件的文书应当载明同一当事人：请改正有误的一份；若本文书属于另一案件，请改正案件编号。',
      en: 'This document names the party "{mine}", but the {kind} {other} of the same case (case number {caseNo}) names "{theirs}". One case has one party: correct the wrong document, or, if this one belongs to another case, its case number.',
    },
    name: {
      zh: '本文书的当事人名称「{mine}」与同一案件（案件编号 {caseNo}）的{kind} {other} 所写的「{theirs}」不一致（证件号码相同）。同一当事人在各文书中的名称应当一致，请改正有误的一份。',
      en: 'This document names the party "{mine}", but the {kind} {other} of the same case (case number {caseNo}) writes "{theirs}" (same identifier). One party has one name in every document; correct the wrong one.',
    },
    matter: {
      zh: '本文书的{key}「{mine}」与同一案件（案件编号 {caseNo}）的{kind} {other} 的「{theirs}」不一致。请改正有误的一份；若本文书属于另一案件，请改正案件编号。',
      en: 'This document’s {key} is "{mine}", but the {kind} {other} of the same case (case number {caseNo}) gives "{theirs}". Correct the wrong document, or, if this one belongs to another case, its case number.',
    },
  },
  check(ctx) {
    const here = caseOfModel(ctx.workspace, ctx.model);
    const caseNo = here?.file.caseNo;
    if (!here || !caseNo || !identityOf(ctx.model).caseNo) return;
    const others = here.file.documents.filter((d) => d !== here.doc);
    const f = ctx.model.facts;

    const party = disagreeing(here.doc, others, knownParty, sameParty)[0];
    if (party) {
      const theirs = party.model.facts;
      const mine = identityOf(ctx.model);
      const byCode = !!(mine.partyCode && identityOf(party.model).partyCode);
      const codeKey = f.当事人?.统一社会信用代码 ? '统一社会信用代码' : '身份证号';
      const nameKey = f.当事人?.名称 ? '名称' : '姓名';
      const show = (x: typeof f) =>
        byCode
          ? `${partyName(x) ?? ''}（${x.当事人?.统一社会信用代码 ?? x.当事人?.身份证号}）`
          : (partyName(x) ?? '');
      ctx.report({
        messageId: 'party',
        data: {
          mine: show(f),
          theirs: show(theirs),
          caseNo,
          kind: theirs.文书 ?? '',
          other: documentLabel(party.model),
        },
        span: factSpan(ctx.model, ['当事人', byCode ? codeKey : nameKey]),
        related: [
          {
            uri: party.uri,
            model: party.model,
            span: factSpan(party.model, ['当事人']),
            messageId: 'otherParty',
            data: { other: documentLabel(party.model) },
          },
        ],
      });
    }

    const sameName = (a: CaseIdentity, b: CaseIdentity) => a.partyName === b.partyName;
    const named = party ? undefined : disagreeing(here.doc, others, (a) => !!a.partyName, sameName)[0];
    if (named) {
      const key = f.当事人?.名称 ? '名称' : '姓名';
      ctx.report({
        messageId: 'name',
        data: {
          mine: partyName(f) ?? '',
          theirs: partyName(named.model.facts) ?? '',
          caseNo,
          kind: named.model.facts.文书 ?? '',
          other: documentLabel(named.model),
        },
        span: factSpan(ctx.model, ['当事人', key]),
        related: [
          {
            uri: named.uri,
            model: named.model,
            span: factSpan(named.model, ['当事人', named.model.facts.当事人?.名称 ? '名称' : '姓名']),
            messageId: 'otherParty',
            data: { other: documentLabel(named.model) },
          },
        ],
      });
    }

    const matter = disagreeing(here.doc, others, knownMatter, sameMatter)[0];
    if (matter) {
      const theirs = matter.model.facts;
      const key = f.违法行为 && theirs.违法行为 ? '违法行为' : '案由';
      ctx.report({
        messageId: 'matter',
        data: {
          key,
          mine: (key === '违法行为' ? f.违法行为 : f.案由) ?? '',
          theirs: (key === '违法行为' ? theirs.违法行为 : theirs.案由) ?? '',
          caseNo,
          kind: theirs.文书 ?? '',
          other: documentLabel(matter.model),
        },
        span: factSpan(ctx.model, [key]),
        related: [
          {
            uri: matter.uri,
            model: matter.model,
            span: factSpan(matter.model, [key]),
            messageId: 'otherFact',
            data: { other: documentLabel(matter.model), key },
          },
        ],
      });
    }
  },
});
