/**
 * The paper sign-up sheet, for when the kiosk line is long or the power is out: the consent texts
 * from the pack at the top (the exact words the kiosk shows), a numbered key of the organizations,
 * and a table whose columns match the full CSV export, 15 rows a page (no last name column when
 * the event's privacy mode doesn't collect last names). Landscape, so an email
 * address fits in handwriting. The consent boxes are empty: nobody is signed up for anything by
 * default.
 */
import { pick } from '../../common/localized';
import type { Language } from '../../common/content';
import type { Paper } from '../../common/documents';
import type { EventSettings } from '../../common/event';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { fillOrganization } from '../signups/create';
import { eventWhenWhere, finishDocument, standardChrome, startDocument, type BuiltDocument, type PdfContext } from './context';
import { fitScale, stack, stackHeight, TextBlock, type Block, type Paragraph } from './flow';
import { CHROME_HEIGHT, COLORS, MARGIN, textStyle, type Box, type Typesetter } from './layout';
import { documentTitle, pdfText, type PdfTextKey } from './messages';

export interface SignupSheetOptions {
  language: Language;
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

/** The consent texts and the organization key, at `scale`. */
function headerBlocks(ts: Typesetter, ctx: PdfContext, language: Language, width: number, scale: number): Block[] {
  const { pack } = ctx;
  const s = (size: number) => size * scale;
  const label = textStyle('bold', s(8.5), COLORS.ink, 1.3);
  const body = textStyle('regular', s(8.5), COLORS.ink, 1.3);
  const intro = textStyle('bold', s(9.5), COLORS.accent, 1.3);
  const consent = (key: PdfTextKey, text: string): Paragraph => ({
    runs: [
      { text: `${pdfText(key, language)}:`, style: label },
      { text, style: body },
    ],
    spaceBefore: s(3),
  });
  const consents = TextBlock.build(
    ts,
    [
      { runs: [{ text: pdfText('signupIntro', language), style: intro }] },
      consent('consentEmailLabel', pick(pack.consents.email, language)),
      consent('consentSmsLabel', pick(pack.consents.sms, language)),
      consent('consentShareLabel', fillOrganization(pick(pack.consents.share, language), pdfText('shareWhom', language))),
    ],
    width,
    { base: body, spaceBefore: s(6), box: { padding: s(6), fill: COLORS.accentTint } },
  );
  // Numbers in bold, so that "5 Mixteca · 6 Illinois ..." reads as a list at a glance.
  const key = pack.organizations.flatMap((org, i) => [
    { text: `${i > 0 ? '· ' : ''}${i + 1}`, style: label },
    { text: org.name, style: body },
  ]);
  const keyBlock = TextBlock.build(
    ts,
    [{ runs: [{ text: pdfText('organizationKey', language), style: label }, ...key] }],
    width,
    { base: body, spaceBefore: s(6) },
  );
  return [consents, keyBlock];
}

function drawCheckbox(ts: Typesetter, x: number, y: number, size: number): void {
  ts.doc.save().lineWidth(0.9).strokeColor(COLORS.ink).rect(x, y, size, size).stroke().restore();
}

/** The columns for the event: no last name when the event's privacy mode doesn't collect it. */
export function sheetColumns(event: EventSettings): SheetColumn[] {
  return SHEET_COLUMNS.filter((column) => column.label !== 'columnLastName' || event.signupMode !== 'no-last-name');
}

/** The table: a header row, then ROWS_PER_PAGE numbered rows from `firstRow`. */
function drawTable(ts: Typesetter, columns: SheetColumn[], box: Box, language: Language, firstRow: number): void {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * box.width);
  const head = textStyle('bold', 8, COLORS.ink, 1.2);
  const number = textStyle('regular', 7.5, COLORS.muted, 1.2);
  const headLines = columns.map((column, i) => ts.fitText(pdfText(column.label, language), head, (widths[i] ?? 0) - 6, 2, 6));
  const headHeight = Math.max(...headLines.map((fit) => ts.linesHeight(fit.lines, fit.style))) + 8;
  const rowHeight = Math.min(32, (box.height - headHeight) / ROWS_PER_PAGE);
  const tableHeight = headHeight + ROWS_PER_PAGE * rowHeight;

  ts.doc.save().rect(box.x, box.y, box.width, headHeight).fill(COLORS.accentTint).restore();
  let x = box.x;
  columns.forEach((column, i) => {
    const width = widths[i] ?? 0;
    const fit = headLines[i];
    if (fit) {
      const height = ts.linesHeight(fit.lines, fit.style);
      ts.drawLines(fit.lines, fit.style, x + 3, box.y + (headHeight - height) / 2, width - 6, 'center');
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
  const { language } = options;
  if (ctx.event.signupMode === 'browse-only') {
    throw new AppError('conflict', sentence('sheetSignupsOff'));
  }
  const columns = sheetColumns(ctx.event);
  const ts = startDocument(ctx, 'signup-sheet', { ...options, landscape: true });
  const width = ts.page.width - 2 * MARGIN;
  const bodyHeight = ts.page.height - 2 * MARGIN - CHROME_HEIGHT;

  // The title lines, then the consents and key: at most 40% of the page, so the rows stay tall.
  const title = textStyle('bold', 15, COLORS.accent, 1.2);
  const sub = textStyle('regular', 9, COLORS.muted, 1.3);
  const kind = textStyle('bold', 11, COLORS.muted, 1.2);
  const kindText = documentTitle('signup-sheet', language);
  const kindWidth = ts.measure(kindText, kind);
  const nameFit = ts.fitText(ctx.event.name, title, width - kindWidth - 24, 2, 10);
  const whenWhere = eventWhenWhere(ctx.event, language);
  const whenLine = whenWhere ? ts.singleLine(whenWhere, sub, width - kindWidth - 24) : null;
  const titleHeight = ts.linesHeight(nameFit.lines, nameFit.style) + (whenLine ? ts.lineHeight(whenLine, sub) : 0);
  const { blocks } = fitScale((scale) => headerBlocks(ts, ctx, language, width, scale), bodyHeight * 0.4 - titleHeight, 0.7);

  const pages = options.pageCount ?? 1;
  for (let page = 0; page < pages; page++) {
    const box = ts.addPage();
    ts.drawLines(nameFit.lines, nameFit.style, box.x, box.y, width - kindWidth - 24);
    if (whenLine) ts.drawLine(whenLine, box.x, box.y + ts.linesHeight(nameFit.lines, nameFit.style), width, ts.lineHeight(whenLine, sub));
    ts.drawText(kindText, kind, { x: box.x + width - kindWidth, y: box.y + 2, width: kindWidth + 1 });
    const headerBox: Box = { x: box.x, y: box.y + titleHeight, width, height: bodyHeight * 0.4 - titleHeight };
    stack(blocks, headerBox);
    const used = titleHeight + Math.min(headerBox.height, stackHeight(blocks) + 6);
    const tableTop = box.y + used + 10;
    drawTable(ts, columns, { x: box.x, y: tableTop, width, height: box.y + bodyHeight - tableTop }, language, page * ROWS_PER_PAGE + 1);
  }
  return finishDocument(ts, 'signup-sheet', standardChrome(ctx, language));
}
