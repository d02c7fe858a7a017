/**
 * The paper sign-up sheet, for when the kiosk line is long or the power is out: the consent texts
 * from the pack at the top (the exact words the kiosk shows, and what paper entry records: see
 * signups/paper.ts), a numbered key of the organizations this event shows (featured first), and a
 * table whose columns match the full CSV export, 15 rows a page (no last name column when the
 * event's privacy mode doesn't collect last names). In one language, or two side by side.
 * Landscape, so an email address fits in handwriting. The consent boxes are empty: nobody is
 * signed up for anything by default.
 */
import type { Language } from '../../common/content';
import type { Paper } from '../../common/documents';
import { eventNameIn, type EventSettings } from '../../common/event';
import { sheetOrganizations } from '../../common/event-organizations';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { sheetConsents, sheetLanguageList } from '../signups/paper';
import { eventWhenWhere, finishDocument, standardChrome, startDocument, type BuiltDocument, type PdfContext } from './context';
import { columnsBlock, fitScale, stack, stackHeight, TextBlock, type Block, type Paragraph } from './flow';
import { CHROME_HEIGHT, COLORS, MARGIN, textStyle, type Box, type TextStyle, type Typesetter } from './layout';
import { documentTitle, pdfText, type PdfTextKey } from './messages';

export interface SignupSheetOptions {
  language: Language;
  secondLanguage?: Language | undefined;
  paper: Paper;
  pageCount?: number | undefined;
}

export const ROWS_PER_PAGE = 15;

/** The full export's person columns, in its order, with their share of the table's width. */
export interface SheetColumn {
  label: PdfTextKey;
  weight: number;
  checkbox?: boolean;
}

export const SHEET_COLUMNS: SheetColumn[] = [
  { label: 'columnNumber', weight: 3 },
  { label: 'columnFirstName', weight: 13 },
  { label: 'columnLastName', weight: 13 },
  { label: 'columnEmail', weight: 24 },
  { label: 'columnPhone', weight: 13 },
  { label: 'columnZip', weight: 7 },
  { label: 'consentEmailLabel', weight: 6.5, checkbox: true },
  { label: 'consentSmsLabel', weight: 6.5, checkbox: true },
  { label: 'columnOrganizations', weight: 14 },
];

/** A chrome text in each of the sheet's languages, once each, joined by `glue`. */
const inEach = (languages: readonly Language[], text: (language: Language) => string, glue = ' / ') => [...new Set(languages.map(text))].join(glue);

/** One language's instructions and consent texts, at `scale`. */
function consentBlock(ts: Typesetter, ctx: PdfContext, language: Language, width: number, scale: number): Block {
  const s = (size: number) => size * scale;
  const label = textStyle('bold', s(8.5), COLORS.ink, 1.3);
  const body = textStyle('regular', s(8.5), COLORS.ink, 1.3);
  const intro = textStyle('bold', s(9.5), COLORS.accent, 1.3);
  const texts = sheetConsents(ctx.pack, language);
  const consent = (key: PdfTextKey, text: string): Paragraph => ({
    runs: [
      { text: `${pdfText(key, language)}:`, style: label },
      { text, style: body },
    ],
    spaceBefore: s(3),
  });
  return TextBlock.build(
    ts,
    [
      { runs: [{ text: pdfText('signupIntro', language), style: intro }] },
      consent('consentEmailLabel', texts.email),
      consent('consentSmsLabel', texts.sms),
      consent('consentShareLabel', texts.share),
    ],
    width,
    { base: body, spaceBefore: s(6), box: { padding: s(6), fill: COLORS.accentTint } },
  );
}

/** The consent texts (side by side in a bilingual sheet) and the organization key, at `scale`. */
function headerBlocks(ts: Typesetter, ctx: PdfContext, languages: readonly Language[], width: number, scale: number): Block[] {
  const s = (size: number) => size * scale;
  const label = textStyle('bold', s(8.5), COLORS.ink, 1.3);
  const body = textStyle('regular', s(8.5), COLORS.ink, 1.3);
  const gap = 14;
  const columnWidth = (width - (languages.length - 1) * gap) / languages.length;
  const consents = languages.map((language) => [consentBlock(ts, ctx, language, columnWidth, scale)]);
  // Numbers in bold, so that "5 Mixteca · 6 Illinois ..." reads as a list at a glance.
  const key = sheetOrganizations(ctx.pack, ctx.event).flatMap((org, i) => [
    { text: `${i > 0 ? '· ' : ''}${i + 1}`, style: label },
    { text: org.name, style: body },
  ]);
  const keyBlock = TextBlock.build(
    ts,
    [{ runs: [{ text: inEach(languages, (l) => pdfText('organizationKey', l)), style: label }, ...key] }],
    width,
    { base: body, spaceBefore: s(6) },
  );
  return [languages.length > 1 ? columnsBlock(consents, width, gap) : (consents[0]?.[0] as Block), keyBlock];
}

function drawCheckbox(ts: Typesetter, x: number, y: number, size: number): void {
  ts.doc.save().lineWidth(0.9).strokeColor(COLORS.ink).rect(x, y, size, size).stroke().restore();
}

/** The columns for the event: no last name when the event's privacy mode doesn't collect it. */
export function sheetColumns(event: EventSettings): SheetColumn[] {
  return SHEET_COLUMNS.filter((column) => column.label !== 'columnLastName' || event.signupMode !== 'no-last-name');
}

/** A column's heading: the first language in bold, the second under it in grey. */
function columnHeading(ts: Typesetter, column: SheetColumn, languages: readonly Language[], width: number) {
  const styles: TextStyle[] = [textStyle('bold', 8, COLORS.ink, 1.2), textStyle('regular', 7.5, COLORS.muted, 1.2)];
  const texts = [...new Set(languages.map((l) => pdfText(column.label, l)))];
  const fits = texts.map((text, i) => ts.fitText(text, styles[i] ?? textStyle('regular', 7.5), width, texts.length > 1 ? 1 : 2, 5.5));
  const height = fits.reduce((sum, fit) => sum + ts.linesHeight(fit.lines, fit.style), 0);
  return { fits, height };
}

/** The table: a header row, then ROWS_PER_PAGE numbered rows from `firstRow`. */
function drawTable(ts: Typesetter, columns: SheetColumn[], box: Box, languages: readonly Language[], firstRow: number): void {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * box.width);
  const number = textStyle('regular', 7.5, COLORS.muted, 1.2);
  const headings = columns.map((column, i) => columnHeading(ts, column, languages, (widths[i] ?? 0) - 6));
  const headHeight = Math.max(...headings.map((h) => h.height)) + 8;
  const rowHeight = Math.min(32, (box.height - headHeight) / ROWS_PER_PAGE);
  const tableHeight = headHeight + ROWS_PER_PAGE * rowHeight;

  ts.doc.save().rect(box.x, box.y, box.width, headHeight).fill(COLORS.accentTint).restore();
  let x = box.x;
  columns.forEach((column, i) => {
    const width = widths[i] ?? 0;
    const heading = headings[i];
    if (heading) {
      let y = box.y + (headHeight - heading.height) / 2;
      for (const fit of heading.fits) y += ts.drawLines(fit.lines, fit.style, x + 3, y, width - 6, 'center');
    }
    for (let row = 0; row < ROWS_PER_PAGE; row++) {
      const top = box.y + headHeight + row * rowHeight;
      if (column.checkbox) {
        const size = Math.min(11, rowHeight - 8);
        drawCheckbox(ts, x + (width - size) / 2, top + (rowHeight - size) / 2, size);
      } else if (i === 0) {
        ts.drawText(String(firstRow + row), number, { x: x + 2, y: top + (rowHeight - number.size * number.leading) / 2, width: width - 4 }, 'center');
      }
    }
    x += width;
  });

  // Grid lines: rows full width, columns full height, a firmer frame.
  const doc = ts.doc.save().lineWidth(0.6).strokeColor(COLORS.rule);
  for (let row = 0; row <= ROWS_PER_PAGE; row++) {
    const y = box.y + headHeight + row * rowHeight;
    doc.moveTo(box.x, y).lineTo(box.x + box.width, y);
  }
  let columnX = box.x;
  for (const width of widths.slice(0, -1)) {
    columnX += width;
    doc.moveTo(columnX, box.y).lineTo(columnX, box.y + tableHeight);
  }
  doc.stroke().lineWidth(1).strokeColor(COLORS.ink).rect(box.x, box.y, box.width, tableHeight).stroke().restore();
}

export async function makeSignupSheet(ctx: PdfContext, options: SignupSheetOptions): Promise<BuiltDocument> {
  const languages = sheetLanguageList(options);
  const { language } = options;
  if (ctx.event.signupMode === 'browse-only') {
    throw new AppError('conflict', sentence('sheetSignupsOff'));
  }
  const columns = sheetColumns(ctx.event);
  const ts = startDocument(ctx, 'signup-sheet', { ...options, landscape: true }, inEach(languages, (l) => documentTitle('signup-sheet', l)));
  const width = ts.page.width - 2 * MARGIN;
  const bodyHeight = ts.page.height - 2 * MARGIN - CHROME_HEIGHT;

  // The title lines, then the consents and key: at most 40% of the page, so the rows stay tall.
  const title = textStyle('bold', 15, COLORS.accent, 1.2);
  const sub = textStyle('regular', 9, COLORS.muted, 1.3);
  const kind = textStyle('bold', 11, COLORS.muted, 1.2);
  const kindText = inEach(languages, (l) => documentTitle('signup-sheet', l));
  const kindWidth = ts.measure(kindText, kind);
  const nameFit = ts.fitText(inEach(languages, (l) => eventNameIn(ctx.event, l)), title, width - kindWidth - 24, 2, 10);
  const whenLines = [...new Set(languages.map((l) => eventWhenWhere(ctx.event, l)).filter(Boolean))].map((text) => ts.singleLine(text, sub, width - kindWidth - 24));
  const nameHeight = ts.linesHeight(nameFit.lines, nameFit.style);
  const titleHeight = nameHeight + whenLines.reduce((sum, line) => sum + ts.lineHeight(line, sub), 0);
  const { blocks } = fitScale((scale) => headerBlocks(ts, ctx, languages, width, scale), bodyHeight * 0.4 - titleHeight, 0.7);

  const pages = options.pageCount ?? 1;
  for (let page = 0; page < pages; page++) {
    const box = ts.addPage();
    ts.drawLines(nameFit.lines, nameFit.style, box.x, box.y, width - kindWidth - 24);
    let y = box.y + nameHeight;
    for (const line of whenLines) {
      ts.drawLine(line, box.x, y, width, ts.lineHeight(line, sub));
      y += ts.lineHeight(line, sub);
    }
    ts.drawText(kindText, kind, { x: box.x + width - kindWidth, y: box.y + 2, width: kindWidth + 1 });
    const headerBox: Box = { x: box.x, y: box.y + titleHeight, width, height: bodyHeight * 0.4 - titleHeight };
    stack(blocks, headerBox);
    const used = titleHeight + Math.min(headerBox.height, stackHeight(blocks) + 6);
    const tableTop = box.y + used + 10;
    drawTable(ts, columns, { x: box.x, y: tableTop, width, height: box.y + bodyHeight - tableTop }, languages, page * ROWS_PER_PAGE + 1);
  }
  return finishDocument(ts, 'signup-sheet', standardChrome(ctx, language));
}
