import { evidenceOf } from '../../core/evidence';
import { factStatements } from '../../core/fact-roles';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'evidence/uncited-fact',
    severity: 'error',
    description: {
      zh: '违法事实中陈述违法行为（及当事人陈述）的段落须有证据证明',
      en: 'Each statement of the violating act (and of what a party said) in 违法事实 rests on evidence',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十条、第五十九条第一款第二项',
      en: 'Administrative Penalty Law, Art. 40; Art. 59 para 1(ii)',
    },
    docs: 'docs/rules/evidence/uncited-fact.md',
  },
  messages: {
    uncited: {
      zh: '这段违法事实没有引用证据。违法事实不清、证据不足的，不得给予行政处罚。请在段末注明证明它的证据，如 [证据1]。',
      en: 'This statement of fact cites no evidence; a penalty needs facts proven by evidence. End it with the evidence that proves it, e.g. [证据1].',
    },
    uncovered: {
      zh: '这段违法事实写在证据之后，前面的「以上事实，有……为凭」证明不了它。请在其后写明证明它的证据。',
      en: 'This statement of fact comes after the evidence: the "以上事实，有……为凭" before it does not cover it. State the evidence that proves it after it.',
    },
    none: {
      zh: '决定书的违法事实没有写明任何证据。决定书应当载明违反法律、法规、规章的事实和证据：请写明证明这些事实的证据（如「以上事实，有……等证据为凭」），或在证据部分列出。',
      en: 'The facts of this decision name no evidence at all. A decision states the facts and the evidence: name the evidence that proves them (e.g. "以上事实，有……等证据为凭"), or list it in the evidence section.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const facts = factStatements(model).filter((f) => f.needsEvidence);
    if (!facts.length) return;
    const evidence = evidenceOf(model);
    if (evidence?.form === 'table') {
      // With a table, each statement names the rows that prove it; that is how they are linked.
      for (const f of facts)
        if (!f.block.citations.length) ctx.report({ messageId: 'uncited', span: f.block.span });
      return;
    }
    if (!evidence) {
      // A notice need not set out its evidence (Art. 44: facts, reasons and basis); a decision must.
      if (isDecision(model) && !facts.some((f) => f.block.citations.length))
        ctx.report({ messageId: 'none', span: facts[0]!.block.span });
      return;
    }
    // Prose evidence (以上事实，有……为凭) proves what comes before it.
    const last = Math.max(...evidence.statements.map((s) => s.start));
    for (const f of facts) {
      if (f.block.citations.length) continue;
      const acts = f.sentences.filter((s) => s.role === 'act' || s.role === 'statement');
      if (acts.some((s) => s.span.start > last)) ctx.report({ messageId: 'uncovered', span: f.block.span });
    }
  },
});
