// Lints the drafts a list file names, one process, in the order asked (`forward` or `reverse`), and
// prints each draft's findings in the list's order: what test/core/local-checks-order.test.ts
// compares between two processes whose memos were filled in opposite orders.
import { readFileSync } from 'node:fs';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { resolveConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { allRules } from '../../server/src/rules';

const [list, order] = process.argv.slice(2) as [string, 'forward' | 'reverse'];
const drafts = JSON.parse(readFileSync(list, 'utf8')) as { name: string; text: string }[];
const config = resolveConfig({});
const catalog = builtinCatalog();
const out = new Map<string, unknown>();
for (const d of order === 'reverse' ? [...drafts].reverse() : drafts) {
  const model = parseCase(d.text, `file:///${d.name}`);
  const found = lintModel(model, {
    rules: allRules,
    config,
    catalog,
    workspace: new InMemoryWorkspace([model]),
  });
  out.set(d.name, found);
}
process.stdout.write(JSON.stringify(drafts.map((d) => [d.name, out.get(d.name)])));
