/**
 * The 卷宗 of a case: a 卷内目录 (document, 文号, date, page) and then every document of the case
 * in procedural order, each starting on a new page, the pages numbered on from 1 after the 目录.
 *
 * The 页号 column holds PAGEREF fields to a bookmark at each document's first and last paragraph,
 * so every renderer that lays out the pages (LibreOffice, WPS, Word once it updates its fields,
 * which it is asked to on opening) prints the page the document really starts on. Their written
 * result, which a viewer that does not lay out pages shows, is the page counted by pages.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { CaseFile } from '../case';
import {
  fontOf,
  formalParagraphs,
  formalSection,
  packFormal,
  printedSection,
  type DocumentBookmarks,
} from './docx';
import { SIZE, TEXT_AREA } from './layout';
import { pagesOf } from './pages';
import { printedDocument, type PrintedParagraph, type PrintOptions } from './printed';

export const CONTENTS_TITLE = '卷内目录';

export interface ContentsEntry {
  /** 序号, from 1. */
  index: number;
  /** 文书名称: the document's title. */
  name: string;
  docNumber: string;
  /** 2025年6月3日, as dates print in the documents. */
  date: string;
  /** The first and last page of the document, as pages.ts counts them. */
  firstPage: number;
  lastPage: number;
  bookmarks: DocumentBookmarks;
}

export interface CaseFileExportOptions extends PrintOptions {
  /** Marks every page 草稿: for `export-case --force` while a document has errors. */
  draft?: boolean;
}

const printedDate = (iso: string | undefined) =>
  iso ? iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日') : '';

/** The documents of the case as printed, and the 目录's entry for each. */
export function caseFileContents(
  file: CaseFile,
  options: PrintOptions = {},
): { entries: ContentsEntry[]; documents: PrintedParagraph[][] } {
  const documents = file.documents.map((d) => printedDocument(d.model, options));
  let next = 1;
  const entries = file.documents.map((d, i): ContentsEntry => {
    const pages = pagesOf(documents[i]!);
    const entry: ContentsEntry = {
      index: i + 1,
      name: d.model.title?.text ?? d.model.facts.文书 ?? '',
      docNumber: d.model.facts.文号 ?? '',
      date: printedDate(d.date?.iso),
      firstPage: next,
      lastPage: next + pages - 1,
      bookmarks: { start: `casedraft_doc${i + 1}_start`, end: `casedraft_doc${i + 1}_end` },
    };
    next += pages;
    return entry;
  });
  return { entries, documents };
}

const CONTENTS_STYLE = 'CaseDraftContents';
/** Columns in twips, filling the 156 mm line: 序号, 文书名称, 文号, 日期, 页号. */
const COLUMNS = [600, 2100, 3200, 2044, 900];
const HEADINGS = ['序号', '文书名称', '文号', '日期', '页号'];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(children: (TextRun | SimpleField)[], width: number, center = true): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        style: CONTENTS_STYLE,
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children,
      }),
    ],
  });
}

/** A PAGEREF to a bookmark, written with the page counted here: renderers replace it with the page they lay out. */
const pageRef = (bookmark: string, page: number) => new SimpleField(`PAGEREF ${bookmark} \\h`, String(page));

function contentsTable(entries: ContentsEntry[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: HEADINGS.map((h, i) => cell([new TextRun({ text: h, font: fontOf('heading1') })], COLUMNS[i]!)),
  });
  const rows = entries.map((e, i) => {
    const last = i === entries.length - 1;
    // 档案 practice: each document its first page; the last one its first and last (起止页号).
    const page = last
      ? [pageRef(e.bookmarks.start, e.firstPage), new TextRun('-'), pageRef(e.bookmarks.end, e.lastPage)]
      : [pageRef(e.bookmarks.start, e.firstPage)];
    return new TableRow({
      cantSplit: true,
      children: [
        cell([new TextRun(String(e.index))], COLUMNS[0]!),
        cell([new TextRun(e.name)], COLUMNS[1]!, false),
        cell([new TextRun(e.docNumber)], COLUMNS[2]!, false),
        cell([new TextRun(e.date)], COLUMNS[3]!),
        cell(page, COLUMNS[4]!),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_AREA.width, type: WidthType.DXA },
    columnWidths: COLUMNS,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [header, ...rows],
  });
}

/** The lines above the table: the case's title and number. */
function contentsHead(file: CaseFile): PrintedParagraph[] {
  const out: PrintedParagraph[] = [{ role: 'title', text: CONTENTS_TITLE }];
  if (file.title) out.push({ role: 'line', text: `案由：${file.title}` });
  if (file.caseNo) out.push({ role: 'line', text: `案件编号：${file.caseNo}` });
  return out;
}

/** The 卷宗 as DOCX bytes. */
export async function exportCaseFileDocx(
  file: CaseFile,
  options: CaseFileExportOptions = {},
): Promise<Uint8Array> {
  const { entries, documents } = caseFileContents(file, options);
  const sections: ISectionOptions[] = [
    formalSection([...formalParagraphs(contentsHead(file)), contentsTable(entries)], {
      draft: options.draft,
      pageNumbers: false,
    }),
    ...documents.map((printed, i) =>
      printedSection(printed, {
        draft: options.draft,
        bookmarks: entries[i]!.bookmarks,
        pageNumbers: i === 0 ? { start: 1 } : {},
      }),
    ),
  ];
  return packFormal(sections, `${CONTENTS_TITLE}${file.title ? `：${file.title}` : ''}`, {
    updateFields: true,
    paragraphStyles: [
      {
        id: CONTENTS_STYLE,
        name: 'CaseDraft 卷内目录',
        run: { font: fontOf('body'), size: SIZE.小四 },
        paragraph: { spacing: { line: 360, before: 0, after: 0 } },
      },
    ],
  });
}
