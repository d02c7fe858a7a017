/**
 * The data steward's recovery sheet: the recovery code as text and as a QR code, what it opens,
 * where to keep it and what losing it means. Made from the code vault.create showed once; core
 * keeps no copy of the code, and the console offers to print the sheet rather than save it.
 */
import type { Language } from '../../common/content';
import type { Paper } from '../../common/documents';
import { finishDocument, startDocument, type BuiltDocument, type PdfContext } from './context';
import { COLORS, textStyle } from './layout';
import { formatDate, pdfText } from './messages';
import { drawQr } from './qr';

export interface RecoverySheetOptions {
  language: Language;
  paper: Paper;
  recoveryCode: string;
  keyId: string;
}

const QR_SIZE = 170;

export async function makeRecoverySheet(ctx: PdfContext, options: RecoverySheetOptions): Promise<BuiltDocument> {
  const { language } = options;
  const ts = startDocument(ctx, 'recovery-sheet', options);
  const page = ts.addPage();
  const { x, width } = page;
  let y = page.y;
  const write = (text: string, style: ReturnType<typeof textStyle>, gap = 0, maxLines = 8) => {
    const fit = ts.fitText(text, style, width, maxLines, style.size * 0.8);
    y += gap;
    y += ts.drawLines(fit.lines, fit.style, x, y, width);
  };

  write(ts.setup.title, textStyle('bold', 22, COLORS.accent, 1.2), 0, 3);
  write(pdfText('recoveryKey', language, { keyId: options.keyId, date: formatDate(ctx.createdAt.toISOString(), language) }), textStyle('regular', 11, COLORS.muted), 4, 2);

  // The code itself, large, in a tinted box, with its QR code beside it.
  y += 16;
  const boxHeight = QR_SIZE + 24;
  ts.doc.save().rect(x, y, width, boxHeight).fill(COLORS.accentTint).restore();
  const textWidth = width - QR_SIZE - 36;
  const label = textStyle('bold', 12, COLORS.ink);
  ts.drawLines(ts.fitText(pdfText('recoveryCodeLabel', language), label, textWidth, 1, 9).lines, label, x + 12, y + 16, textWidth);
  // Three groups, then two: easy to read back and to type, and never cut in a group.
  const codeStyle = textStyle('bold', 24, COLORS.ink, 1.5);
  const groups = options.recoveryCode.split('-');
  let codeY = y + 44;
  for (const line of [groups.slice(0, 3), groups.slice(3)]) {
    codeY += ts.drawLines([ts.singleLine(line.join('-'), codeStyle, textWidth)], codeStyle, x + 12, codeY, textWidth);
  }
  const placed = drawQr(ts.doc, options.recoveryCode, x + width - QR_SIZE - 12, y + 12, QR_SIZE);
  y += boxHeight + 6;
  write(pdfText('recoveryScan', language), textStyle('regular', 9, COLORS.muted), 0, 1);

  const heading = textStyle('bold', 14, COLORS.accent, 1.25);
  const body = textStyle('regular', 11.5, COLORS.ink, 1.4);
  for (const [title, text] of [
    ['recoveryWhatHeading', 'recoveryWhat'],
    ['recoveryWhereHeading', 'recoveryWhere'],
    ['recoveryLostHeading', 'recoveryLost'],
  ] as const) {
    write(pdfText(title, language), heading, 18, 2);
    write(pdfText(text, language), body, 4);
  }
  return finishDocument(ts, 'recovery-sheet', null, [{ ...placed, page: 0 }]);
}
