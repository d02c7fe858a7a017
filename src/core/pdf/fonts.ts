/**
 * The PDF fonts (DejaVu Sans regular and bold, embedded and subset: they cover Spanish and the
 * symbols we print). Parsing a TTF costs ~28 ms, more than a whole flyer, so each file is parsed
 * once per process with fontkit and the parsed font is handed to every document (pdfkit accepts a
 * fontkit font wherever it accepts a file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import type {} from 'pdfkit'; // the global PDFKit types

export type FontName = 'regular' | 'bold';

export interface PdfFonts {
  regular: Font;
  bold: Font;
}

const FILES: Record<FontName, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };
const loaded = new Map<string, PdfFonts>();

/** The fonts in `<resources>/fonts`, parsed on first use and kept for the life of the process. */
export function pdfFonts(resourcesDir: string): PdfFonts {
  const dir = path.join(resourcesDir, 'fonts');
  let fonts = loaded.get(dir);
  if (!fonts) {
    const parse = (name: FontName) => create(new Uint8Array(fs.readFileSync(path.join(dir, FILES[name]))));
    fonts = { regular: parse('regular'), bold: parse('bold') };
    loaded.set(dir, fonts);
  }
  return fonts;
}

export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  for (const name of Object.keys(FILES) as FontName[]) {
    // @types/pdfkit only lists file sources; pdfkit 0.20 also takes a parsed fontkit font.
    doc.registerFont(name, fonts[name] as unknown as PDFKit.Mixins.PDFFontSource);
  }
  doc.font('regular');
}
