/**
 * Renders printed paragraphs as a GB/T 9704-2012 DOCX. Returns bytes: the caller decides where
 * they go (the CLI writes them atomically; the core has no file system).
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { CaseModel } from '../model';
import {
  CHAR,
  CHAR_SPACING,
  FONTS,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LATIN_FONT,
  LINE_PITCH,
  MARGIN,
  PAGE,
  SIZE,
} from './layout';
import { printedDocument, type PrintedParagraph, type PrintedRole, type PrintOptions } from './printed';
import { splicedParagraphs, splicePrinted } from './splice';
import { zipParts } from './zip';

export interface ExportOptions extends PrintOptions {
  /** Marks every page 草稿 (header on odd and even pages): for `export --force` of a faulty draft. */
  draft?: boolean;
  /** Marks every page 公开版: the publication copy, personal data masked (`export --public`). */
  publicCopy?: boolean;
  /** Document title in the file's properties; defaults to the printed title. */
  title?: string;
}

export const DRAFT_MARK = '草稿　未经审核，不得作为正式文书使用';
/** The publication copy says what it is, so it is never taken for the copy served on the party. */
export const PUBLIC_MARK = '公开版　个人信息已按规定屏蔽';

type FontKey = keyof typeof FONTS;

const font = (key: FontKey) => ({
  eastAsia: FONTS[key].name,
  ascii: LATIN_FONT,
  hAnsi: LATIN_FONT,
  cs: LATIN_FONT,
  hint: 'eastAsia',
});

/** Exact line height on the grid: 22 lines a page whatever font is substituted. */
const exactLines = (before = 0, after = 0) => ({
  line: LINE_PITCH,
  lineRule: LineRuleType.EXACT,
  before: before * LINE_PITCH,
  after: after * LINE_PITCH,
});

interface RoleStyle {
  font: FontKey;
  size: number;
  paragraph: Omit<IParagraphOptions, 'children'>;
  bold?: boolean;
}

/** Body text: 3号 仿宋_GB2312, justified, two characters indented. The evidence list reads as body text. */
const BODY: RoleStyle = {
  font: 'body',
  size: SIZE.三号,
  paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, spacing: exactLines() },
};
/** The date and the seal placeholder of the signing block: 右空四字. */
const RIGHT_FOUR: RoleStyle = {
  font: 'body',
  size: SIZE.三号,
  paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, spacing: exactLines() },
};

const STYLE: Record<PrintedRole, RoleStyle> = {
  issuer: {
    font: 'title',
    size: SIZE.二号,
    paragraph: { alignment: AlignmentType.CENTER, spacing: exactLines() },
  },
  title: {
    font: 'title',
    size: SIZE.二号,
    paragraph: { alignment: AlignmentType.CENTER, spacing: exactLines() },
  },
  docNumber: {
    font: 'docNumber',
    size: SIZE.三号,
    paragraph: { alignment: AlignmentType.CENTER, spacing: exactLines(0, 1) },
  },
  heading1: {
    font: 'heading1',
    size: SIZE.三号,
    paragraph: { indent: { firstLine: 2 * CHAR }, spacing: exactLines() },
  },
  heading2: {
    font: 'heading2',
    size: SIZE.三号,
    paragraph: { indent: { firstLine: 2 * CHAR }, spacing: exactLines() },
  },
  body: BODY,
  line: {
    font: 'body',
    size: SIZE.三号,
    paragraph: { alignment: AlignmentType.LEFT, spacing: exactLines() },
  },
  evidenceIntro: BODY,
  evidenceItem: BODY,
  // 落款: the authority right-aligned, the date 右空四字 under it (GB/T 9704 7.3.5.1).
  authority: {
    font: 'body',
    size: SIZE.三号,
    paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR }, spacing: exactLines() },
  },
  date: RIGHT_FOUR,
  seal: RIGHT_FOUR,
};

function run(role: PrintedRole, text: string, extra: Partial<IRunOptions> = {}): TextRun {
  const s = STYLE[role];
  return new TextRun({
    text,
    font: font(s.font),
    size: s.size,
    bold: s.bold,
    characterSpacing: s.size === SIZE.三号 ? CHAR_SPACING : undefined,
    ...extra,
  });
}

/** Bookmarks around the first and the last paragraph: where a document starts and ends, for PAGEREF fields. */
export interface DocumentBookmarks {
  start: string;
  end: string;
}

const SIGNING: ReadonlySet<PrintedRole> = new Set(['authority', 'date', 'seal']);

/** "正文下空一行" before the signing block. */
const lineBefore = (printed: PrintedParagraph[], i: number) =>
  SIGNING.has(printed[i]!.role) && i > 0 && !SIGNING.has(printed[i - 1]!.role);

function formalParagraph(role: PrintedRole, lineAbove: boolean, child: TextRun | Bookmark): Paragraph {
  const s = STYLE[role];
  // Widow control explicit, so that Word breaks pages as LibreOffice does by default and as
  // pages.ts counts them (two lines at least at the foot and at the head of a page).
  return new Paragraph({
    ...s.paragraph,
    spacing: lineAbove ? exactLines(1) : s.paragraph.spacing,
    widowControl: true,
    children: [child],
  });
}

/** The DOCX paragraph of `printed[i]`, in the role styles of the layout. */
function formalParagraphAt(printed: PrintedParagraph[], i: number, bookmarks?: DocumentBookmarks): Paragraph {
  const p = printed[i]!;
  let child: TextRun | Bookmark = run(p.role, p.text);
  if (bookmarks && i === printed.length - 1) child = new Bookmark({ id: bookmarks.end, children: [child] });
  if (bookmarks && i === 0) child = new Bookmark({ id: bookmarks.start, children: [child] });
  return formalParagraph(p.role, lineBefore(printed, i), child);
}

/** The DOCX paragraphs of printed paragraphs, in the role styles of the layout. */
export function formalParagraphs(printed: PrintedParagraph[], bookmarks?: DocumentBookmarks): Paragraph[] {
  return printed.map((_, i) => formalParagraphAt(printed, i, bookmarks));
}

/**
 * The same paragraphs as body children, those between the first and the last spliced (splice.ts):
 * the first and the last stay docx's, as they carry the bookmarks and, in a document of several
 * sections, the section's properties.
 */
function printedChildren(printed: PrintedParagraph[], bookmarks?: DocumentBookmarks): FileChild[] {
  if (printed.length < 3) return formalParagraphs(printed, bookmarks);
  const last = printed.length - 1;
  const between = printed.slice(1, last).map((p, j) => {
    const lineAbove = lineBefore(printed, j + 1);
    return {
      shape: `${p.role} ${lineAbove}`,
      text: p.text,
      paragraph: (text: string) => formalParagraph(p.role, lineAbove, run(p.role, text)),
    };
  });
  return [
    formalParagraphAt(printed, 0, bookmarks),
    ...splicedParagraphs(between),
    formalParagraphAt(printed, last, bookmarks),
  ];
}

/** "— 1 —", 4号宋体; odd pages right 空一字, even pages left 空一字 (GB/T 9704 7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const r = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    // 半角宋体 digits: the Latin slots get 宋体 too, not the body's Times New Roman.
    new TextRun({
      children,
      font: { ...font('pageNumber'), ascii: FONTS.pageNumber.name, hAnsi: FONTS.pageNumber.name },
      size: SIZE.四号,
    });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [r(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/** The marks at the head of every page: 草稿 in red, 公开版 in black. */
function markHeader(marks: { text: string; color?: string }[]): Header {
  return new Header({
    children: marks.map(
      (m) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text: m.text,
              font: font('heading1'),
              size: SIZE.三号,
              bold: true,
              color: m.color,
            }),
          ],
        }),
    ),
  });
}

/** The font table with fallbacks: each official font names a commonly installed alternative. */
function fontTable(): string {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const seen = new Set<string>();
  const fonts = Object.values(FONTS)
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}" xmlns:r="${R}"><w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>${fonts}</w:fonts>`;
}

export interface SectionOptions {
  draft?: boolean;
  publicCopy?: boolean;
  /** Page numbers: printed in the footer (the default), and restarted at this number. */
  pageNumbers?: false | { start?: number };
  bookmarks?: DocumentBookmarks;
}

/**
 * One section of the formal layout: A4, GB/T 9704 margins and line grid, the page number footer,
 * the 草稿 header of a forced export. It starts on a new page.
 */
export function formalSection(children: readonly FileChild[], options: SectionOptions = {}): ISectionOptions {
  const marks = [
    ...(options.draft ? [{ text: DRAFT_MARK, color: 'C00000' }] : []),
    ...(options.publicCopy ? [{ text: PUBLIC_MARK }] : []),
  ];
  const headers = marks.length ? { default: markHeader(marks), even: markHeader(marks) } : undefined;
  const numbers = options.pageNumbers ?? {};
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
        ...(numbers && numbers.start !== undefined ? { pageNumbers: { start: numbers.start } } : {}),
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    headers,
    // A section without footers of its own would show the previous section's: an empty one shows none.
    footers: numbers
      ? { default: pageNumberFooter('odd'), even: pageNumberFooter('even') }
      : { default: new Footer({ children: [] }), even: new Footer({ children: [] }) },
    children,
  };
}

/** The section of one document's printed paragraphs. */
export function printedSection(printed: PrintedParagraph[], options: SectionOptions = {}): ISectionOptions {
  return formalSection(printedChildren(printed, options.bookmarks), options);
}

export interface PackOptions {
  paragraphStyles?: IParagraphStyleOptions[];
  /** Ask Word to update the document's fields when it opens it (page references). */
  updateFields?: boolean;
}

/** Packs sections into a DOCX with the formal defaults and the font table with fallbacks. */
export async function packFormal(
  sections: ISectionOptions[],
  title: string | undefined,
  options: PackOptions = {},
): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'CaseDraft',
    evenAndOddHeaderAndFooters: true,
    ...(options.updateFields ? { features: { updateFields: true } } : {}),
    styles: {
      ...(options.paragraphStyles ? { paragraphStyles: options.paragraphStyles } : {}),
      default: {
        document: {
          run: { font: font('body'), size: SIZE.三号 },
          paragraph: { spacing: exactLines() },
        },
      },
    },
    sections,
  });
  const parts = compiler.compile(doc, undefined, [{ path: 'word/fontTable.xml', data: fontTable() }]);
  parts.set(DOCUMENT_PART, splicePrinted(parts.get(DOCUMENT_PART) as string, sections));
  return zipParts(parts);
}

const DOCUMENT_PART = 'word/document.xml';

/**
 * docx's parts of a document, as `Packer.toBuffer` makes them before it zips them; the zip is
 * written with zlib instead (zip.ts says why). `Packer.compiler` is not in docx's types.
 */
const compiler = (
  Packer as unknown as {
    compiler: {
      compile(
        doc: Document,
        prettify: undefined,
        overrides: { path: string; data: string }[],
      ): Map<string, string | Uint8Array>;
    };
  }
).compiler;

/** The DOCX of already printed paragraphs (the guidance list uses this too). */
export async function renderDocx(
  printed: PrintedParagraph[],
  options: { draft?: boolean; publicCopy?: boolean; title?: string } = {},
): Promise<Uint8Array> {
  return packFormal(
    [printedSection(printed, { draft: options.draft, publicCopy: options.publicCopy })],
    options.title ?? printed.find((p) => p.role === 'title')?.text,
  );
}

/** The run properties of a font of the layout (a style's `run`), for content built outside printed paragraphs. */
export function fontOf(key: FontKey) {
  return font(key);
}

/** The formal DOCX of a draft: its printed text (printedDocument) in GB/T 9704-2012 layout. */
export function exportDocx(model: CaseModel, options: ExportOptions = {}): Promise<Uint8Array> {
  return renderDocx(printedDocument(model, options), {
    draft: options.draft,
    publicCopy: options.publicCopy,
    title: options.title,
  });
}
