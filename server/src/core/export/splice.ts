/**
 * Paragraphs of one shape written into docx's `word/document.xml` as text. docx builds every
 * paragraph as a tree of objects and serialises the trees generically, which was two thirds of a
 * 50-page decision's export in process (≈ 600 paragraphs; docs/performance.md). A document's
 * paragraphs come in a handful of shapes (a role's paragraph and run properties), so docx writes
 * one paragraph of each shape with a mark for its text, and every paragraph of that shape is that
 * XML with its own text, escaped as docx escapes it, in place of the mark. Everything else in the
 * document — the paragraphs around these, the section properties, styles, numbering, headers and
 * footers — is docx's as before.
 */
import { FileChild, type ISectionOptions, type Paragraph } from 'docx';

/** One paragraph: its shape's key, its text, and docx's paragraph of that shape for a given text. */
export interface SplicedParagraph {
  shape: string;
  text: string;
  paragraph: (text: string) => Paragraph;
}

/** Where a shape's paragraph has its text in the templates; never in a paragraph's own text, which is spliced in after. */
const MARK = '\uE000';

/**
 * docx writes a FileChild without content as an empty element. Text cannot write these: docx
 * escapes every `<` of a text.
 */
const OPEN = 'casedraft-spliced';
const CLOSE = 'casedraft-spliced-end';
const OPEN_TAG = `<${OPEN}/>`;
const CLOSE_TAG = `<${CLOSE}/>`;
const END_P = '</w:p>';

/** Opens the templates of a run of spliced paragraphs and holds those paragraphs. */
class SplicedRun extends FileChild {
  constructor(
    readonly shapes: number,
    readonly paragraphs: readonly { shape: number; text: string }[],
  ) {
    super(OPEN);
  }
}

/**
 * The body children for `paragraphs`: a mark, one docx paragraph of each shape (its text the mark),
 * a closing mark. `splicePrinted` replaces the three with the paragraphs.
 */
export function splicedParagraphs(paragraphs: readonly SplicedParagraph[]): FileChild[] {
  const shapes = new Map<string, number>();
  const templates: Paragraph[] = [];
  const items = paragraphs.map((p) => {
    let shape = shapes.get(p.shape);
    if (shape === undefined) {
      shape = templates.length;
      shapes.set(p.shape, shape);
      templates.push(p.paragraph(MARK));
    }
    return { shape, text: p.text };
  });
  return [new SplicedRun(templates.length, items), ...templates, new FileChild(CLOSE)];
}

/** `&"'<>` as entities and the C0 controls XML cannot hold dropped, as docx writes a text; U+FFFE and U+FFFF, not XML characters either, dropped too. */
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const escapeText = (text: string) => text.replace(SPECIAL, (c) => ENTITY[c] ?? '');

/**
 * docx's document.xml with each run of spliced paragraphs (the sections' children, in order)
 * written in place of its templates.
 */
export function splicePrinted(xml: string, sections: readonly ISectionOptions[]): string {
  const runs = sections.flatMap((s) => s.children.filter((c): c is SplicedRun => c instanceof SplicedRun));
  let out = '';
  let at = 0;
  for (const run of runs) {
    const open = xml.indexOf(OPEN_TAG, at);
    const close = open < 0 ? -1 : xml.indexOf(CLOSE_TAG, open);
    if (close < 0) throw new Error('DOCX: the spliced paragraphs were not written where expected');
    const templates = xml.slice(open + OPEN_TAG.length, close).split(END_P);
    // Each template is one paragraph (nothing nested), so the split leaves one empty piece after the last.
    if (templates.length !== run.shapes + 1 || templates.pop() !== '')
      throw new Error('DOCX: a spliced paragraph template is not one paragraph');
    const pieces = templates.map((t) => {
      const [before, after, extra] = t.split(MARK);
      if (after === undefined || extra !== undefined)
        throw new Error('DOCX: a spliced paragraph template does not hold its text once');
      return { before: before!, after: after + END_P };
    });
    out += xml.slice(at, open);
    for (const p of run.paragraphs) {
      const piece = pieces[p.shape]!;
      out += piece.before + escapeText(p.text) + piece.after;
    }
    at = close + CLOSE_TAG.length;
  }
  return out + xml.slice(at);
}
