import assert from 'node:assert/strict';
import Ajv from 'ajv';
import doctypes from '../../data/doctypes.json';
import schema from '../../schemas/doctypes.schema.json';
import {
  caseFileOf,
  caseFiles,
  groupFolder,
  identityOf,
  recordDate,
  type CaseIdentity,
} from '../../server/src/core/case';
import { parseCase } from '../../server/src/core/parse';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { SAMPLE, uriOf, under, type Folder } from '../helpers/caseTester';
import { otherParty, UNNUMBERED } from '../rules/case/_folders';

const workspace = (folder: Folder) =>
  new InMemoryWorkspace(Object.entries(folder).map(([f, t]) => parseCase(t, uriOf(f))));
const names = (ws: InMemoryWorkspace) =>
  caseFiles(ws).map((c) => c.documents.map((d) => d.uri.replace('file:///ws/', '')));

describe('core/case: which documents are one case', () => {
  it('the sample case is one case, in procedural order', () => {
    const ws = workspace(SAMPLE);
    assert.deepEqual(names(ws), [
      ['inspection.case.md', 'inquiry.case.md', 'notice.case.md', 'decision.case.md'],
    ]);
    const c = caseFiles(ws)[0]!;
    assert.equal(c.caseNo, '张应急立字〔2025〕37号');
    assert.equal(c.id, 'file:///ws#张应急立字〔2025〕37号');
    assert.equal(c.title, '张家港市恒润五金制品有限公司未如实记录安全生产教育和培训情况案');
    assert.deepEqual(
      c.documents.map((d) => d.date?.iso),
      ['2025-06-03', '2025-06-05', '2025-06-17', '2025-06-27'],
    );
  });

  it('without 案件编号: by party and 违法行为 / 案由 (the records give only 案由)', () => {
    assert.deepEqual(names(workspace(UNNUMBERED)), names(workspace(SAMPLE)));
  });

  it('two parties in one folder are two cases, numbered or not', () => {
    for (const base of [SAMPLE, UNNUMBERED]) {
      const ws = workspace({ ...base, ...otherParty(base) });
      assert.equal(caseFiles(ws).length, 2);
      for (const c of caseFiles(ws))
        assert.equal(new Set(c.documents.map((d) => identityOf(d.model).partyCode)).size, 1);
    }
  });

  it('the same party in two folders is two cases', () => {
    const ws = workspace({ ...under('a', SAMPLE), ...under('b', SAMPLE) });
    assert.deepEqual(
      caseFiles(ws).map((c) => [c.folder, c.documents.length]),
      [
        ['file:///ws/a', 4],
        ['file:///ws/b', 4],
      ],
    );
  });

  it('a shared 案件编号 wins over a disagreeing party; different numbers never join', () => {
    const ws = workspace({
      ...SAMPLE,
      'notice.case.md': SAMPLE['notice.case.md']!.replaceAll('91320582MA1HRW6T0G', '91320582MA1N7QK3FM'),
      'later.case.md': SAMPLE['decision.case.md']!.replace(
        '张应急立字〔2025〕37号',
        '张应急立字〔2025〕52号',
      ),
    });
    assert.deepEqual(names(ws), [
      ['inspection.case.md', 'inquiry.case.md', 'notice.case.md', 'decision.case.md'],
      ['later.case.md'],
    ]);
  });

  it('a chain of similar drafts never joins two that contradict each other', () => {
    const id = (partyCode: string | undefined, partyName: string): CaseIdentity => ({
      ...(partyCode ? { partyCode } : {}),
      partyName,
      violation: 'v',
    });
    const g = groupFolder([
      { uri: 'a', identity: id('91320582MA1HRW6T0G', '某公司') },
      { uri: 'b', identity: id(undefined, '某公司') },
      { uri: 'c', identity: id('91320582MA1N7QK3FM', '某公司') },
    ]);
    assert.deepEqual(g.cases, [['a', 'b'], ['c']]);
  });

  it('a draft matching two numbered cases joins neither and is reported as ambiguous', () => {
    const g = groupFolder([
      { uri: 'x', identity: { caseNo: '1', partyName: 'P', violation: 'v' } },
      { uri: 'y', identity: { caseNo: '2', partyName: 'P', violation: 'v' } },
      { uri: 'z', identity: { partyName: 'P', cause: 'P v' } },
    ]);
    assert.deepEqual(g.cases, [['x'], ['y'], ['z']]);
    assert.deepEqual(g.ambiguous.get('z'), ['1', '2']);
  });

  it('a wrong check character does not tie a draft to the party by code, only by name', () => {
    const bad = SAMPLE['inquiry.case.md']!.replace('91320582MA1HRW6T0G', '91320582MA1HRW6T0A');
    assert.equal(identityOf(parseCase(bad, 'file:///x')).partyCode, undefined);
    const ws = workspace({ ...SAMPLE, 'inquiry.case.md': bad });
    assert.equal(caseFiles(ws).length, 1);
  });

  it('is cached per workspace until a draft changes, and follows the change', () => {
    const ws = workspace(SAMPLE);
    const first = caseFiles(ws);
    assert.equal(caseFiles(ws), first, 'unchanged workspace: the same answer');
    ws.set(
      parseCase(
        SAMPLE['inquiry.case.md']!.replace('询问时间：2025年6月5日', '询问时间：2025年6月4日'),
        uriOf('inquiry.case.md'),
      ),
    );
    const second = caseFiles(ws);
    assert.notEqual(second, first);
    assert.equal(caseFileOf(ws, uriOf('inquiry.case.md'))!.documents[1]!.date!.iso, '2025-06-04');
    ws.set(
      parseCase(
        otherParty({ 'inquiry.case.md': SAMPLE['inquiry.case.md']! }, '')['inquiry.case.md']!,
        uriOf('inquiry.case.md'),
      ),
    );
    assert.equal(caseFiles(ws).length, 2, 'the inquiry record now names another party and case number');
  });

  it('a record’s date is the one after 检查时间 / 询问时间', () => {
    assert.equal(recordDate(parseCase(SAMPLE['inspection.case.md']!))?.iso, '2025-06-03');
    assert.equal(recordDate(parseCase(SAMPLE['inquiry.case.md']!))?.iso, '2025-06-05');
  });

  it('data/doctypes.json meets schemas/doctypes.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(doctypes), JSON.stringify(validate.errors));
  });
});
