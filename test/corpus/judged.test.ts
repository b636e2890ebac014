import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules } from '../../server/src/rules';
import {
  FIGURES_END,
  FIGURES_START,
  README,
  figures,
  figuresBlock,
  keyOf,
  lintCorpus,
  readJudged,
} from './judged';

// The judged snapshot (issue 11): every finding CaseDraft reports on the real corpus is listed in
// test/corpus/judged.json with its judgement. A rule change shows its effect on real text here:
// a new finding must be judged (`npm run corpus:update` adds it, unjudged), and a false one is
// fixed in the rule, never accepted into the list.

/** What a defect's reason must cite: an article, a law or standard by name, or CaseDraft's convention. */
const CITES = /第.+条|《[^》]+》|GB(?:\/T)? ?\d|CaseDraft/;

describe('the real corpus, judged (test/corpus/judged.json)', () => {
  const judged = readJudged();
  const found = lintCorpus();

  it('every finding on the corpus is in the judged list', () => {
    const listed = new Set(judged.map(keyOf));
    assert.deepEqual(
      found.filter((f) => !listed.has(keyOf(f))).map(keyOf),
      [],
      'new findings: judge them (npm run corpus:update adds them unjudged); a false one is fixed in its rule',
    );
  });

  it('every listed finding is still reported', () => {
    const now = new Set(found.map(keyOf));
    assert.deepEqual(
      judged.filter((j) => !now.has(keyOf(j))).map(keyOf),
      [],
      'findings gone: if the rule change is right, npm run corpus:update drops them',
    );
  });

  it('every finding is a real defect of its document, with its reason — or the notice of checks not run, or a house-style hint', () => {
    const basisOf = new Map(allRules.map((r) => [r.meta.id, r.meta.basis.kind]));
    for (const j of judged) {
      const where = keyOf(j);
      if (j.judgement === 'convention') {
        // Only CaseDraft's own conventions, and only as information, are no defect claim.
        assert.equal(
          basisOf.get(j.rule),
          'house',
          `${where}: only a house-style rule's hint is a convention`,
        );
        assert.equal(j.severity, 'info', `${where}: a convention is information`);
        assert.match(j.why, /CaseDraft/, `${where}: the reason names the convention`);
        continue;
      }
      if (j.judgement === 'not-run') {
        assert.equal(
          j.rule,
          'structure/imported-data',
          `${where}: only the imported-data notice is no defect`,
        );
        continue;
      }
      assert.equal(j.judgement, 'defect', `${where} is ${j.judgement}`);
      assert.match(j.why, CITES, `${where}: the reason cites the article or standard`);
    }
  });

  it('the README gives the figures computed from the corpus and the judged list', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(FIGURES_START);
    const end = readme.indexOf(FIGURES_END);
    assert.ok(start >= 0 && end > start, 'README.md has the corpus-figures block');
    assert.equal(
      readme.slice(start, end + FIGURES_END.length),
      figuresBlock(figures(judged)),
      'npm run corpus:update',
    );
  });
});
