// Property: parse + every rule terminate and never throw, on any text. Defaults keep `npm test`
// short; FUZZ_RUNS raises every property to that many runs (npm run fuzz:long).
import fc from 'fast-check';
import { checkDraft, mutatedDraft, nastyChunk, runs, SEEDS } from './helpers';

describe('fuzz: parse + lint never throw', function () {
  // The long mode needs far more than mocha's 20 s default; the default runs do not.
  this.timeout(0);

  it('the seeds are clean drafts to start from', () => {
    for (const s of SEEDS) checkDraft(s);
  });

  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void checkDraft(s)),
      { numRuns: runs(1500) },
    );
  });

  it('arbitrary strings behind a front-matter fence', () => {
    fc.assert(
      fc.property(
        fc.array(nastyChunk, { maxLength: 40 }),
        fc.array(nastyChunk, { maxLength: 40 }),
        (yaml, body) => {
          void checkDraft(`---\n${yaml.join('')}\n---\n${body.join('')}`);
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('mutations of valid drafts (deleted lines, swapped sections, broken tables, Unicode, CRLF, BOM, NUL, lone surrogates)', () => {
    fc.assert(
      fc.property(mutatedDraft, (s) => void checkDraft(s)),
      { numRuns: runs(1500) },
    );
  });
});
