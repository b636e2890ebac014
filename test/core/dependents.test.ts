import assert from 'node:assert/strict';
import { watchDependents, type DependentChecks } from '../../server/src/core/dependents';
import { partyIndex } from '../../server/src/core/party-index';
import { parseCase } from '../../server/src/core/parse';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { allRules } from '../../server/src/rules';
import { BASE, edit } from '../helpers/ruleTester';

const OTHER = '91320582MA27RT5K0H';
const at = (folder: string, text = BASE) => parseCase(text, `file:///ws/${folder}/decision.case.md`);

describe('core/dependents: which drafts a change re-checks, from what cross-document rules read', () => {
  const setup = () => {
    const ws = new InMemoryWorkspace([
      at('a'),
      at('b'),
      at('c', BASE.split('91320582MA27RT5K3T').join(OTHER)),
    ]);
    const heard: DependentChecks[] = [];
    watchDependents(ws, allRules, (c) => heard.push(c));
    return { ws, heard };
  };

  it('a change to a fact paragraph re-checks no other draft', () => {
    const { ws, heard } = setup();
    ws.set(at('a', edit('现有从业人员四十二人', '现有从业人员四十三人')));
    assert.deepEqual(heard, []);
  });

  it('a change to what the party index reads re-checks that party’s drafts with the rules that read it only', () => {
    const { ws, heard } = setup();
    ws.set(at('a', edit('  决定: 2025-04-15', '  决定: 2025-04-14')));
    assert.deepEqual(heard, [
      new Map([
        [
          'file:///ws/b/decision.case.md',
          new Set(['procedure/first-violation-hint', 'procedure/prior-violation']),
        ],
      ]),
    ]);
  });

  it('a draft that goes re-checks the drafts of its groups', () => {
    const { ws, heard } = setup();
    ws.delete('file:///ws/b/decision.case.md');
    assert.deepEqual([...heard[0]!.keys()], ['file:///ws/a/decision.case.md']);
  });

  it('the case rules re-check the other documents of a case folder when a document’s other sections change', () => {
    const ws = new InMemoryWorkspace([
      parseCase(BASE, 'file:///ws/case/decision.case.md'),
      parseCase(
        BASE.replace('文书: 行政处罚决定书', '文书: 行政处罚告知书'),
        'file:///ws/case/notice.case.md',
      ),
    ]);
    const heard: DependentChecks[] = [];
    watchDependents(ws, allRules, (c) => heard.push(c));
    ws.set(parseCase(edit('本机关决定：', '本机关依法决定：'), 'file:///ws/case/decision.case.md'));
    const rules = heard[0]?.get('file:///ws/case/notice.case.md');
    assert.ok(
      rules && [...rules].every((r) => r.startsWith('case/')) && rules.size > 1,
      JSON.stringify(heard),
    );
  });
});

describe('core/party-index: kept up to date from the workspace’s events', () => {
  it('a draft that changes its party moves to the other party’s decisions', () => {
    const ws = new InMemoryWorkspace([at('a'), at('b')]);
    const index = partyIndex(ws);
    assert.equal(index.decisions('91320582MA27RT5K3T').length, 2);
    ws.set(at('a', BASE.split('91320582MA27RT5K3T').join(OTHER)));
    assert.equal(partyIndex(ws), index);
    assert.equal(index.decisions('91320582MA27RT5K3T').length, 1);
    assert.deepEqual(
      index.decisions(OTHER).map((d) => d.uri),
      ['file:///ws/a/decision.case.md'],
    );
    ws.delete('file:///ws/b/decision.case.md');
    assert.equal(index.decisions('91320582MA27RT5K3T').length, 0);
  });
});
