/**
 * GB/T 9704-2012 《党政机关公文格式》 figures, in the units DOCX uses. Sources and reliability:
 * docs/export.md (the standard text itself was not available; the figures are the ones every
 * reading of it agrees on).
 */

/** 1 mm in twips (1/1440 inch). */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

/** A4, exactly as Word writes it: 210 mm → 11906, 297 mm → 16838 (rounding mm gives 11905). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm → 下白边 35 mm, 右白边 26 mm. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** 版心 in twips. */
export const TEXT_AREA = { width: mm(156), height: mm(225) } as const;

/** 22 lines of 28 characters fill the 版心. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/**
 * One line's pitch in twips: 225 mm / 22. Every paragraph uses it as an exact line height, so the
 * page holds 22 lines whatever font the reader's machine substitutes.
 */
export const LINE_PITCH = Math.floor(TEXT_AREA.height / LINES_PER_PAGE);

/** Font sizes in half-points, as DOCX stores them: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24 } as const;

/** One character of 3号 text (16 pt) in twips: the unit of 空二字 indents. */
export const CHAR = 16 * 20;

/**
 * 28 characters a line. A document character grid (w:charSpace) would do it in Word, but
 * LibreOffice reads the grid differently (about 20 characters a line), so instead every 3号 run is
 * condensed (w:spacing, in 1/20 pt) just enough that 28 full-width characters fit the 156 mm
 * line and 29 do not — the same in any renderer with any fixed-width CJK font.
 */
export const CHAR_SPACING = Math.floor((TEXT_AREA.width / 20 / CHARS_PER_LINE - 16) * 20);

/** The page number line sits 7 mm below the 版心 ("一字线距版心下边缘7mm"): footer distance from the page edge. */
export const FOOTER_DISTANCE = mm(35 - 7) - SIZE.四号 * 10;
export const HEADER_DISTANCE = mm(15);

/**
 * Font names as Chinese government offices install them, each with what a machine without it
 * should use instead (written into the DOCX font table as w:altName, with the GB2312 charset, so
 * Word and LibreOffice substitute a Chinese font of the same kind, not a Latin default).
 */
export const FONTS = {
  title: { name: '方正小标宋简体', alt: '宋体', family: 'roman' },
  body: { name: '仿宋_GB2312', alt: '仿宋', family: 'roman' },
  heading1: { name: '黑体', alt: 'SimHei', family: 'swiss' },
  heading2: { name: '楷体_GB2312', alt: '楷体', family: 'roman' },
  docNumber: { name: '仿宋', alt: 'FangSong', family: 'roman' },
  pageNumber: { name: '宋体', alt: 'SimSun', family: 'roman' },
} as const;

/** Digits and Latin letters in body text: the usual companion of 仿宋 in official documents. */
export const LATIN_FONT = 'Times New Roman';
