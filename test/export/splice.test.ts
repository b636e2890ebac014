// The spliced body (core/export/splice.ts) against docx writing every paragraph itself: the same
// parts, byte for byte, for every draft of the repository and a long decision, in every copy.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import {
  formalParagraphs,
  formalSection,
  packFormal,
  printedDocument,
  renderDocx,
  type PrintedParagraph,
  type PrintedRole,
} from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { publicTransform } from '../../server/src/core/redact';

const ROOT = join(__dirname, '..', '..');

function drafts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? drafts(join(dir, e.name)) : e.name.endsWith('.case.md') ? [join(dir, e.name)] : [],
  );
}

/** The clean decision with its facts repeated to about 50 printed pages (≈ 600 paragraphs). */
function longDecision(): string {
  const text = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
  const facts = text.slice(
    text.indexOf('## 违法事实\n'),
    text.indexOf('\n## ', text.indexOf('## 违法事实\n') + 1),
  );
  const paragraphs = facts.split('\n\n').slice(1).join('\n\n');
  return text.replace('## 违法事实\n', `## 违法事实\n\n${Array(200).fill(paragraphs).join('\n\n')}\n`);
}

/** Every part of a DOCX, its creation and modification times (now, to the millisecond) left out. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const text = await zip.file(name)!.async('string');
    out.set(name, name === 'docProps/core.xml' ? text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T') : text);
  }
  return out;
}

type Copy = { draft?: boolean; publicCopy?: boolean; title?: string };

/** What docx wrote before the splice: every printed paragraph a docx Paragraph. */
const unspliced = (printed: PrintedParagraph[], copy: Copy) =>
  packFormal(
    [formalSection(formalParagraphs(printed), copy)],
    copy.title ?? printed.find((p) => p.role === 'title')?.text,
  );

async function assertSame(printed: PrintedParagraph[], copy: Copy, what: string) {
  const [ours, docx] = await Promise.all([
    parts(await renderDocx(printed, copy)),
    parts(await unspliced(printed, copy)),
  ]);
  assert.deepEqual([...ours.keys()], [...docx.keys()], `${what}: the same parts in the same order`);
  for (const [name, xml] of docx) assert.equal(ours.get(name), xml, `${what}: ${name}`);
}

describe('export: the spliced body is what docx writes', function () {
  this.timeout(120000);

  const files = [
    ...['examples', 'data/templates', 'test/fixtures', 'test/corpus/real'].flatMap((d) =>
      drafts(join(ROOT, d)),
    ),
  ];

  it('finds the repository’s drafts', () => assert.ok(files.length >= 40, `${files.length} drafts`));

  it('for every draft, served, forced (草稿) and public copy', async () => {
    for (const file of files) {
      const model = parseCase(readFileSync(file, 'utf8'));
      const what = relative(ROOT, file);
      await assertSame(printedDocument(model), {}, what);
      await assertSame(printedDocument(model), { draft: true }, `${what} (draft)`);
      await assertSame(
        printedDocument(model, { transform: publicTransform(model) }),
        { publicCopy: true },
        `${what} (public)`,
      );
    }
  });

  it('for a 50-page decision', async () => {
    const printed = printedDocument(parseCase(longDecision()));
    assert.ok(printed.length > 500, `${printed.length} paragraphs`);
    await assertSame(printed, {}, 'the long decision');
  });

  const role = fc.constantFrom<PrintedRole>(
    'issuer',
    'title',
    'docNumber',
    'heading1',
    'heading2',
    'body',
    'line',
    'evidenceIntro',
    'evidenceItem',
    'authority',
    'date',
    'seal',
  );
  // Texts docx escapes or drops: XML specials, C0 controls, lone surrogates, the splice's own mark
  // and tags, braces (docx's placeholders: the next test).
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '&',
          '<',
          '>',
          '"',
          "'",
          '\u0000',
          '\u0008',
          '\t',
          '\n',
          '\u001F',
          '\uD800',
          '\uDC00',
        ),
        fc.constantFrom('\uE000', '</w:p>', '<casedraft-spliced/>', '{x}', '当事人'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 12 },
    )
    .map((xs) => xs.join(''));

  it('for any roles and texts but U+FFFE and U+FFFF (docx writes them; XML has no such characters)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ role, text: text.map((t) => t.replace(/[\uFFFE\uFFFF]/g, '')) }), {
          maxLength: 12,
        }),
        (printed) => assertSame(printed, {}, JSON.stringify(printed)),
      ),
      { numRuns: 150 },
    );
  });

  // docx replaced the key of its default list in any text with that list's number.
  it('writes a text that looks like docx’s placeholder as it is, and drops U+FFFE and U+FFFF', async () => {
    const printed: PrintedParagraph[] = ['题', '{default-bullet-numbering-0}\uFFFE\uFFFF', '尾'].map((t) => ({
      role: 'body',
      text: t,
    }));
    const xml = (await parts(await renderDocx(printed))).get('word/document.xml')!;
    assert.match(xml, />\{default-bullet-numbering-0\}<\/w:t>/);
    assert.doesNotMatch(xml, /[\uFFFE\uFFFF]/);
  });
});
