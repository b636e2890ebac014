// The front matter's fast reader (core/yaml-subset.ts) must give what the yaml library gives for
// every text it accepts: the same values and the same node ranges (a finding points at them).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { locateInSubset, parseYamlSubset, type SubsetNode } from '../../server/src/core/yaml-subset';

const ROOT = join(__dirname, '../..');

/** The library's tree as the subset's: kind, offsets, keys, values. */
function libraryTree(node: unknown): SubsetNode | { kind: 'other' } {
  const at = (n: { range?: [number, number, number] | null }) => ({ start: n.range![0], end: n.range![1] });
  if (isMap(node))
    return {
      kind: 'map',
      ...at(node),
      pairs: node.items.map((p) => {
        const k = at(p.key as never);
        return {
          key: String((p.key as { value: unknown }).value),
          keyStart: k.start,
          keyEnd: k.end,
          value: libraryTree(p.value) as SubsetNode,
        };
      }),
    };
  if (isSeq(node))
    return { kind: 'seq', ...at(node), items: node.items.map((i) => libraryTree(i) as SubsetNode) };
  if (isScalar(node)) return { kind: 'scalar', ...at(node), value: node.value };
  return { kind: 'other' };
}

/** Every path of a tree, keys and indexes. */
function paths(node: SubsetNode, prefix: (string | number)[] = []): (string | number)[][] {
  if (node.kind === 'map')
    return node.pairs.flatMap((p) => [[...prefix, p.key], ...paths(p.value, [...prefix, p.key])]);
  if (node.kind === 'seq') return node.items.flatMap((n, i) => [[...prefix, i], ...paths(n, [...prefix, i])]);
  return [];
}

/** Accepted by the subset: then equal to the library, value for value and range for range. */
function check(content: string): boolean {
  const fast = parseYamlSubset(content);
  if (!fast) return false;
  const doc = parseDocument(content, { uniqueKeys: true, logLevel: 'error' });
  assert.deepEqual(doc.errors, [], content);
  assert.deepEqual(fast.data, doc.toJS(), content);
  assert.deepEqual(fast.root, libraryTree(doc.contents), content);
  for (const p of [[], ...paths(fast.root), ['absent'], [0]])
    for (const key of [false, true])
      assert.deepEqual(
        locateInSubset(fast.root, p, key),
        locateInSubset(libraryTree(doc.contents) as SubsetNode, p, key),
      );
  return true;
}

/** Keys and scalars of both kinds, those the subset reads more often than those it leaves. */
const pick = (inside: string[], edge: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...inside), weight: 6 },
    { arbitrary: fc.constantFrom(...edge), weight: 1 },
  );
const KEY = pick(
  ['文书', '文号', '当事人', '名称', 'a', 'b1', 'x y', '证号'],
  ['1', 'true', 'null', 'a:b', '__proto__', '<<', '-k', '"q"'],
);
const SCALAR = pick(
  [
    '行政处罚决定书',
    '张应急罚决字〔2025〕2号',
    '20000',
    '1.5',
    '007',
    '~',
    'null',
    'Null',
    'true',
    'False',
    'yes',
    '2025-01-01',
    '"32058225011"',
    "'单引号'",
    '[罚款]',
    '[罚款, 没收违法所得]',
    '[1, x ,  y]',
    '[]',
    '吴建平、蒋丽、许军',
    'two  spaces',
  ],
  [
    '-3',
    '+4',
    '0x1F',
    '0o17',
    '1e3',
    '.inf',
    '"带\\"转义"',
    "'it''s'",
    'a: b',
    'a:b',
    'x #c',
    '[a,,b]',
    '[a:b]',
    '{a: 1}',
    '&anchor x',
    '*alias',
    '!tag x',
    '|',
    '>',
    '@x',
    '`x`',
    '%x',
    '? x',
    'ends:',
    '',
  ],
);

type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    SCALAR,
    fc.record({ map: fc.array(fc.tuple(KEY, tie('t')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ seq: fc.array(tie('t'), { minLength: 1, maxLength: 3 }) }),
  ),
})).t;

/** Block YAML of a tree, with the indentation and spacing the generator picks. */
function write(t: Tree, indent: number, style: { step: number; gap: string; trail: string }): string[] {
  const pad = ' '.repeat(indent);
  if (typeof t === 'string') return [pad + t];
  if ('map' in t)
    return t.map.flatMap(([k, v]) =>
      typeof v === 'string'
        ? [`${pad}${k}:${v ? style.gap + v : ''}${style.trail}`]
        : [`${pad}${k}:${style.trail}`, ...write(v, indent + style.step, style)],
    );
  return t.seq.flatMap((v) => {
    if (typeof v === 'string') return [`${pad}-${style.gap}${v}${style.trail}`];
    const inner = write(v, indent + 2, style);
    // The item's first line goes after its `- `.
    return [`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1)];
  });
}

describe('core: the front matter fast reader equals the yaml library', () => {
  it('on generated front matter (what it accepts)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.record({ map: fc.array(fc.tuple(KEY, tree), { minLength: 1, maxLength: 5 }) }),
        fc.constantFrom(1, 2, 3, 4),
        fc.constantFrom(' ', '  '),
        fc.constantFrom('', ' '),
        (t, step, gap, trail) => {
          if (check(write(t, 0, { step, gap, trail }).join('\n') + '\n')) accepted++;
        },
      ),
      { numRuns: 3000, seed: 12 },
    );
    // Else the property above compared nothing.
    assert.ok(accepted > 300, `only ${accepted} accepted`);
  });

  it('on the front matter of every draft of the repository; the examples and templates all read fast', () => {
    const files = globSync(['examples/**/*.case.md', 'test/**/*.case.md', 'data/templates/*.case.md'], {
      cwd: ROOT,
    });
    const slow: string[] = [];
    for (const f of files) {
      const m = /^---\r?\n([\s\S]*?\r?\n)---\r?\n/.exec(readFileSync(join(ROOT, f), 'utf8'));
      if (m && !check(m[1]!)) slow.push(f);
    }
    // The corpus's drafts carry comments (outside the subset); the examples are the template's form,
    // and the templates' blanks are read with it (core/placeholders.ts).
    assert.deepEqual(
      slow.filter((f) => !f.startsWith('test/')),
      [],
    );
  });

  it('leaves to the library what it does not read', () => {
    for (const text of [
      'a: 1\n\nb: 2\n',
      'a: 1 # c\n',
      'a: &x 1\nb: *x\n',
      'a: |\n  x\n',
      'a:\n- 1\n',
      'a: 1\r\nb: 2\r\n',
      'a: b\n  c\n',
      'a: 1\na: 2\n',
      'a:\n',
    ])
      assert.equal(parseYamlSubset(text), undefined, text);
  });
});
