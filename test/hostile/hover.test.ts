// A draft someone sent must not put remote images, links or HTML into the officer's hover: the
// hover's Markdown is parsed here as an editor would, and must hold only text.
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { resolveConfig } from '../../server/src/core/config';
import { parseCase } from '../../server/src/core/parse';
import { hoverAt } from '../../server/src/lsp/hover';
import { edit } from '../helpers/ruleTester';

const HOSTILE =
  '![x](https://evil.example/p.png) <img src=https://evil.example/i.png> [here](http://evil.example) www.evil.example # h';

function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walk = (n: Nodes) => {
    types.add(n.type);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return types;
}

function hoverValue(text: string, at: string): string {
  const model = parseCase(text, 'file:///hover/draft.case.md');
  const offset = text.indexOf(at) + 1;
  const h = hoverAt(model, offset, { locale: 'zh-cn', config: resolveConfig() });
  assert.ok(h, `no hover at ${at}`);
  return (h.contents as { value: string }).value;
}

describe('hostile input: hover Markdown', () => {
  const draft = edit(
    '| 证据4 | 营业执照复印件 | 书证 | 当事人提供 |',
    `| 证据4 | ${HOSTILE} | 书证 | ${HOSTILE} |`,
  )
    .replace('[证据3]', '[证据3][证据4]')
    .replace(
      '依据《中华人民共和国安全生产法》第九十七条',
      `依据《${HOSTILE.replace(/[《》]/g, '')}》第九十七条`,
    )
    .replace('  陈述申辩: 未提出', `  陈述申辩: 未提出\n  "${HOSTILE.replace(/"/g, '')}": 2025-04-02`);

  for (const [what, at] of [
    ['an evidence row', '[证据4]'],
    ['a front-matter step', HOSTILE.slice(0, 10)],
  ] as const) {
    it(`${what}: the draft's text is shown as text, with no image, link or HTML`, () => {
      const value = hoverValue(draft, at);
      const types = nodeTypes(value);
      for (const t of ['image', 'link', 'html', 'heading', 'imageReference', 'linkReference'])
        assert.ok(!types.has(t), `${t} in ${value}`);
      assert.ok(types.has('text'));
      assert.match(value, /evil/, value);
    });
  }
});
