import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { buildTimeline, describeStepDeadlines, renderTimelineSvg } from '../../server/src/core/timeline';
import { allRules } from '../../server/src/rules';
import { worded } from '../helpers/words';

const ROOT = join(__dirname, '../..');
const BASE = readFileSync(join(ROOT, 'test/fixtures/base-decision.case.md'), 'utf8');
const LATE = BASE.replace('  决定: 2025-04-15', '  决定: 2025-07-15');

describe('procedure timeline', () => {
  it('puts the steps in procedural order and meets every deadline of the clean base', () => {
    const t = buildTimeline(parseCase(BASE), resolveConfig());
    assert.deepEqual(
      t.steps.map((s) => s.key),
      ['违法行为发生', '立案', '告知', '告知送达', '法制审核', '决定', '送达'],
    );
    assert.deepEqual(
      t.deadlines.map((d) => [d.from, d.to, d.status]),
      [
        ['违法行为发生', '立案', 'met'],
        ['告知送达', '决定', 'met'], // the hearing-request period
        ['告知送达', '决定', 'met'], // the statement period
        ['立案', '决定', 'met'],
        ['决定', '送达', 'met'],
        ['送达', undefined, 'open'], // payment, reconsideration, litigation: the party's periods
        ['送达', undefined, 'open'],
        ['送达', undefined, 'open'],
      ],
    );
    // 2025-03-11 + 90 calendar days (Art. 60).
    assert.equal(t.deadlines.find((d) => d.from === '立案')!.due, '2025-06-09');
    // 告知送达 2025-04-01 + 5 working days: the 清明 holiday (04-04) is skipped.
    assert.equal(t.deadlines.find((d) => d.from === '告知送达')!.due, '2025-04-09');
  });

  it('marks a missed deadline and puts the procedure findings on their step', () => {
    const model = parseCase(LATE);
    const config = resolveConfig();
    const diagnostics = lintModel(model, { rules: allRules, config }).map((d) => worded(d));
    const t = buildTimeline(model, config, diagnostics);
    assert.equal(t.deadlines.find((d) => d.from === '立案')!.status, 'missed');
    const decision = t.steps.find((s) => s.key === '决定')!;
    assert.ok(decision.findings.some((f) => f.rule === 'procedure/decision-deadline'));
    const svg = renderTimelineSvg(t, { title: '测试案' });
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /class="deadline missed"/);
    assert.match(svg, /data-step="决定"/);
    assert.match(svg, /procedure\/decision-deadline/);
    assert.match(describeStepDeadlines(t, '决定', 'zh-cn').join('\n'), /2025-06-09.*未遵守/);
    assert.match(describeStepDeadlines(t, '决定', 'en').join('\n'), /ends 2025-06-09.*missed/);
  });

  it('draws a draft without dates, and escapes what it prints', () => {
    const t = buildTimeline(parseCase('# 空白 <b>'), resolveConfig());
    assert.deepEqual(t.steps, []);
    const svg = renderTimelineSvg(t, { title: 'a <b> & "c"' });
    assert.ok(svg.includes('a &#60;b&#62; &#38; &#34;c&#34;'));
    assert.match(svg, /没有可读的日期/);
  });

  it('is written by `casedraft timeline FILE -o OUT.svg`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-tl-'));
    try {
      writeFileSync(join(dir, 'late.case.md'), LATE);
      execFileSync(
        process.execPath,
        [join(ROOT, 'bin/casedraft.js'), 'timeline', join(dir, 'late.case.md'), '-o', join(dir, 'out.svg')],
        { stdio: 'pipe' },
      );
      const svg = readFileSync(join(dir, 'out.svg'), 'utf8');
      assert.match(svg, /class="deadline missed"/);
      assert.match(svg, /未如实记录安全生产教育和培训情况案/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the holidays the case’s dates span: the days a working-day count skipped', () => {
    const t = buildTimeline(parseCase(BASE), resolveConfig());
    // The axis runs from 2025-03-10 to the short periods' ends (2025-06-09): 清明 (Friday 04-04;
    // its weekend is an ordinary one), Sunday 04-27 worked (调休), 劳动节 (05-01 to 05-05, its
    // weekend inside the band), 端午 (06-02).
    assert.deepEqual(
      t.holidays?.map((h) => [h.name, h.from, h.to]),
      [
        ['清明节', '2025-04-04', '2025-04-04'],
        ['调休上班', '2025-04-27', '2025-04-27'],
        ['劳动节', '2025-05-01', '2025-05-05'],
        ['端午节', '2025-06-02', '2025-06-02'],
      ],
    );
    const svg = renderTimelineSvg(t, { locale: 'zh-cn' });
    assert.equal((svg.match(/<g class="holiday"/g) ?? []).length, 3);
    assert.equal((svg.match(/<g class="holiday workday"/g) ?? []).length, 1);
    // Across 国庆 2025: one band from 10-01 to 10-08, 中秋节 (10-06) inside it.
    const autumn = BASE.replace('  告知: 2025-04-01', '  告知: 2025-09-29')
      .replace('  告知送达: 2025-04-01', '  告知送达: 2025-09-29')
      .replace('  法制审核: 2025-04-11', '  法制审核: 2025-10-10')
      .replace('  决定: 2025-04-15', '  决定: 2025-10-15')
      .replace('  送达: 2025-04-16', '  送达: 2025-10-16');
    const october = (buildTimeline(parseCase(autumn), resolveConfig()).holidays ?? []).filter(
      (h) => h.from >= '2025-10-01',
    );
    assert.deepEqual(
      october.map((h) => [h.name, h.from, h.to]),
      [
        ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
        ['调休上班', '2025-10-11', '2025-10-11'],
      ],
    );
  });
});
