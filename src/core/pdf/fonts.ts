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
    const parse = (name: FontName) => withEveryGlyphNamed(create(new Uint8Array(fs.readFileSync(path.join(dir, FILES[name])))));
    fonts = { regular: parse('regular'), bold: parse('bold') };
    loaded.set(dir, fonts);
  }
  return fonts;
}

/**
 * fontkit keeps each glyph it makes, with the characters it was made for, and pdfkit writes a
 * document's text layer (ToUnicode) from those characters. A glyph first made as a part of
 * another (the subsetter adds "ô" when a document draws "ố", which DejaVu composes from it)
 * is kept with no characters, and every later document would then print "ô" that no reader can
 * extract or search ("kh ng" for "không"). Making every glyph from its character first, once per
 * process (about 6,000 glyphs, ~16 ms), keeps the text layer right for every document after.
 */
function withEveryGlyphNamed(font: Font): Font {
  // Not the ligatures (U+FB00-FB4F, "ﬁ"): made by the layout, they carry the letters they join,
  // which is what a reader should extract ("fi").
  for (const codePoint of font.characterSet) if (codePoint < 0xfb00 || codePoint > 0xfb4f) font.glyphForCodePoint(codePoint);
  return font;
}

export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  for (const name of Object.keys(FILES) as FontName[]) {
    // @types/pdfkit only lists file sources; pdfkit 0.20 also takes a parsed fontkit font.
    doc.registerFont(name, fonts[name] as unknown as PDFKit.Mixins.PDFFontSource);
  }
  doc.font('regular');
}
