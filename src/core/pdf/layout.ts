/**
 * The page and text machinery every document shares: paper sizes, the palette, text styles, a
 * Typesetter that measures, breaks and draws lines on a pdfkit document, page headers and the
 * "Page X of Y" footer, and turning the document into bytes.
 */
import { localeOf } from '../../common/dates';
import PDFDocument from 'pdfkit';
import type { Language } from '../../common/content';
import type { Paper } from '../../common/documents';
import { registerFonts, type FontName, type PdfFonts } from './fonts';
import { wrapRuns, type Line, type Run } from './text';

export const PAGE_POINTS: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Half an inch all round: inside every office printer's unprintable edge. */
export const MARGIN = 36;

// Dark enough to stay readable when a colour printer is out of colour or the copy is grey.
export const COLORS = {
  ink: '#151515',
  muted: '#4d4d4d',
  accent: '#0b4a66',
  accentTint: '#e8f0f4',
  rule: '#8c8c8c',
  paper: '#ffffff',
} as const;

export interface TextStyle {
  readonly font: FontName;
  readonly size: number;
  readonly color: string;
  /** Line height as a multiple of the size. */
  readonly leading: number;
}

/** Line breaking tells styles apart by identity: make each style once per document, not per line. */
export function textStyle(font: FontName, size: number, color: string = COLORS.ink, leading = 1.3): TextStyle {
  return { font, size, color, leading };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Align = 'left' | 'center' | 'right';

export interface DocumentSetup {
  paper: Paper;
  landscape?: boolean;
  language: Language;
  title: string;
  /** The event's name (the document's author, as the issue asks). */
  author: string;
  subject?: string;
  createdAt: Date;
  fonts: PdfFonts;
}

/**
 * Text widths per point of font size, for the whole process (the fonts are too): shaping a word
 * with fontkit is the slowest step of a document, and the same words come back in every one.
 */
const WIDTHS = new WeakMap<PdfFonts[FontName], Map<string, number>>();
const MAX_WIDTHS = 50_000;

export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  readonly page: { width: number; height: number };
  private current: TextStyle | null = null;

  constructor(readonly setup: DocumentSetup) {
    const paper = PAGE_POINTS[setup.paper];
    this.page = setup.landscape ? { width: paper.height, height: paper.width } : paper;
    this.doc = new PDFDocument({
      size: [this.page.width, this.page.height],
      margin: 0,
      autoFirstPage: false,
      // Kept in memory until the end, so the footers can say "Page 2 of 5".
      bufferPages: true,
      // No standard font: ours are registered right away, and pdfkit never reads Helvetica's AFM.
      font: null as unknown as string,
      lang: localeOf(setup.language),
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: setup.title,
        Author: setup.author,
        Subject: setup.subject ?? setup.title,
        Creator: 'Take Action Kiosk',
        Producer: 'Take Action Kiosk (PDFKit)',
        CreationDate: setup.createdAt,
        ModDate: setup.createdAt,
      },
    });
    registerFonts(this.doc, setup.fonts);
  }

  /** A new page with our own margins (pdfkit's are 0, so it never breaks a page on its own). */
  addPage(): Box {
    this.doc.addPage({ size: [this.page.width, this.page.height], margin: 0 });
    this.current = null;
    return { x: MARGIN, y: MARGIN, width: this.page.width - 2 * MARGIN, height: this.page.height - 2 * MARGIN };
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Visits every page again once all exist, e.g. to write "Page 2 of 5". */
  forEachPage(visit: (index: number, count: number) => void): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      this.doc.switchToPage(start + i);
      this.current = null;
      visit(i, count);
    }
  }

  private use(style: TextStyle): void {
    if (this.current?.font !== style.font || this.current.size !== style.size) {
      this.doc.font(style.font).fontSize(style.size);
    }
    this.current = style;
  }

  readonly measure = (text: string, style: TextStyle): number => {
    const font = this.setup.fonts[style.font];
    let widths = WIDTHS.get(font);
    if (!widths) WIDTHS.set(font, (widths = new Map()));
    let perPoint = widths.get(text);
    if (perPoint === undefined) {
      this.use(style);
      perPoint = this.doc.widthOfString(text) / style.size;
      if (widths.size >= MAX_WIDTHS) widths.clear();
      widths.set(text, perPoint);
    }
    return perPoint * style.size;
  };

  wrap(runs: readonly Run<TextStyle>[], width: number): Line<TextStyle>[] {
    return wrapRuns(runs, width, this.measure);
  }

  wrapText(text: string, style: TextStyle, width: number): Line<TextStyle>[] {
    return wrapRuns([{ text, style }], width, this.measure);
  }

  /** The tallest style's line height; an empty line (between paragraphs) is half a line. */
  /** One line, shortened with "…" when the text would need more (running headers, table cells). */
  singleLine(text: string, style: TextStyle, width: number): Line<TextStyle> {
    const lines = this.wrapText(text, style, width);
    const first = lines[0] ?? { runs: [], width: 0 };
    if (lines.length <= 1) return first;
    let kept = first.runs.map((run) => run.text).join(' ');
    while (kept && this.measure(`${kept}…`, style) > width) kept = kept.slice(0, -1);
    const shortened = `${kept.trimEnd()}…`;
    return { runs: [{ text: shortened, style, x: 0 }], width: this.measure(shortened, style) };
  }

  /**
   * A text in at most `maxLines` lines `width` wide, at the largest size from `style.size` down to
   * `minSize` that allows it; at the smallest size, cut with "…" (a name in a fixed-size cell).
   */
  fitText(
    text: string,
    style: TextStyle,
    width: number,
    maxLines: number,
    minSize: number,
  ): { lines: Line<TextStyle>[]; style: TextStyle; complete: boolean } {
    let sized = style;
    for (let size = style.size; size >= minSize - 0.01; size -= 0.5) {
      sized = textStyle(style.font, size, style.color, style.leading);
      const lines = this.wrapText(text, sized, width);
      if (lines.length <= maxLines) return { lines, style: sized, complete: true };
    }
    const all = this.wrapText(text, sized, width);
    const lines = all.slice(0, maxLines - 1);
    // The last line holds the rest of the text, so singleLine cuts it with "…".
    const rest = all.slice(maxLines - 1).flatMap((line) => line.runs.map((run) => run.text)).join(' ');
    lines.push(this.singleLine(rest, sized, width));
    return { lines, style: sized, complete: false };
  }

  /** `text` cut with "…" so that it wraps to at most `maxLines` lines at this style and width. */
  clampText(text: string, style: TextStyle, width: number, maxLines: number): string {
    const fit = this.fitText(text, style, width, maxLines, style.size);
    return fit.complete ? text : fit.lines.flatMap((line) => line.runs.map((run) => run.text)).join(' ');
  }

  /**
   * One line if the text fits one at `oneLineMin` or more (a web address, a slogan: a lone word on
   * a second line looks like a mistake), else `fitText` in up to `maxLines`.
   */
  fitPreferringOneLine(text: string, style: TextStyle, width: number, oneLineMin: number, maxLines: number, minSize: number) {
    const one = this.fitText(text, style, width, 1, oneLineMin);
    return one.complete ? one : this.fitText(text, style, width, maxLines, minSize);
  }

  lineHeight(line: Line<TextStyle>, fallback: TextStyle): number {
    if (line.runs.length === 0) return (fallback.size * fallback.leading) / 2;
    return Math.max(...line.runs.map((run) => run.style.size * run.style.leading));
  }

  private ascent(style: TextStyle): number {
    const font = this.setup.fonts[style.font];
    return (font.ascent / font.unitsPerEm) * style.size;
  }

  private descent(style: TextStyle): number {
    const font = this.setup.fonts[style.font];
    return (-font.descent / font.unitsPerEm) * style.size;
  }

  /** Draws one line in the box (x, y, width, height), its runs on a shared baseline. */
  drawLine(line: Line<TextStyle>, x: number, y: number, width: number, height: number, align: Align = 'left'): void {
    if (line.runs.length === 0) return;
    const ascent = Math.max(...line.runs.map((run) => this.ascent(run.style)));
    const descent = Math.max(...line.runs.map((run) => this.descent(run.style)));
    const baseline = y + (height - ascent - descent) / 2 + ascent;
    const shift = align === 'left' ? 0 : align === 'center' ? (width - line.width) / 2 : width - line.width;
    for (const run of line.runs) {
      this.use(run.style);
      this.doc.fillColor(run.style.color).text(run.text, x + shift + run.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  }

  /** Draws lines top-down from y; returns the height used. */
  drawLines(lines: readonly Line<TextStyle>[], fallback: TextStyle, x: number, y: number, width: number, align: Align = 'left'): number {
    let top = y;
    for (const line of lines) {
      const height = this.lineHeight(line, fallback);
      this.drawLine(line, x, top, width, height, align);
      top += height;
    }
    return top - y;
  }

  linesHeight(lines: readonly Line<TextStyle>[], fallback: TextStyle): number {
    return lines.reduce((sum, line) => sum + this.lineHeight(line, fallback), 0);
  }

  /** Wraps and draws a text in a box's width; returns the height used. */
  drawText(text: string, style: TextStyle, box: Pick<Box, 'x' | 'y' | 'width'>, align: Align = 'left'): number {
    return this.drawLines(this.wrapText(text, style, box.width), style, box.x, box.y, box.width, align);
  }

  rule(x1: number, y: number, x2: number, color: string = COLORS.rule, width = 0.75, dash?: number): void {
    const doc = this.doc.save().lineWidth(width).strokeColor(color);
    if (dash) doc.dash(dash, { space: dash });
    doc.moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /** The finished PDF file. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}

export interface PageChrome {
  /** Left and right of the running header; no header when absent. */
  header?: { left: string; right: string };
  /** Small print at the bottom left (e.g. "Information as of ..."). */
  footnote?: string;
  /** "Page {page} of {pages}" in the document's language. */
  pageOf: (page: number, pages: number) => string;
}

export const CHROME_HEIGHT = 22;

/**
 * Writes the running header and the footer on every page, once the pages all exist. The header
 * and footer sit in the top and bottom CHROME_HEIGHT of the margin box: documents leave room.
 */
export function drawPageChrome(ts: Typesetter, chrome: PageChrome): void {
  const small = textStyle('regular', 8, COLORS.muted, 1.2);
  const smallBold = textStyle('bold', 8, COLORS.muted, 1.2);
  const { width, height } = ts.page;
  const inner = width - 2 * MARGIN;
  ts.forEachPage((index, count) => {
    if (chrome.header) {
      const right = ts.measure(chrome.header.right, small);
      ts.drawLine(ts.singleLine(chrome.header.left, smallBold, inner - right - 18), MARGIN, MARGIN, inner, 12);
      ts.drawText(chrome.header.right, small, { x: width - MARGIN - right, y: MARGIN, width: right + 1 });
      ts.rule(MARGIN, MARGIN + 15, width - MARGIN);
    }
    const footerY = height - MARGIN - 12;
    const pageText = chrome.pageOf(index + 1, count);
    const pageWidth = ts.measure(pageText, small);
    ts.drawText(pageText, small, { x: width - MARGIN - pageWidth, y: footerY, width: pageWidth + 1 });
    if (chrome.footnote) {
      ts.drawLine(ts.singleLine(chrome.footnote, small, inner - pageWidth - 18), MARGIN, footerY, inner, 12);
    }
  });
}
