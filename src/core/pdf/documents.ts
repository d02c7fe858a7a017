/**
 * `documents.pdf`: picks the document maker for the kind asked for and wraps the file for the
 * contract (file name, base64, page count).
 */
import type { ContentPack } from '../../common/content';
import type { DocumentsPdfArgs, DocumentsPdfResult } from '../../common/documents';
import type { EventSettings } from '../../common/event';
import type { BuiltDocument, PdfContext } from './context';
import { makeDirectory } from './directory';
import { makeFlyer } from './flyer';
import { pdfFonts } from './fonts';
import { makeScriptHandout } from './script-handout';
import { makeSignupSheet } from './signup-sheet';
import { makeRecoverySheet } from './recovery-sheet';
import { slugify } from './text';

export function makeDocument(args: DocumentsPdfArgs, ctx: PdfContext): Promise<BuiltDocument> {
  switch (args.kind) {
    case 'flyer':
      return makeFlyer(ctx, args);
    case 'directory':
      return makeDirectory(ctx, args);
    case 'script':
      return makeScriptHandout(ctx, args);
    case 'signup-sheet':
      return makeSignupSheet(ctx, args);
    case 'recovery-sheet':
      return makeRecoverySheet(ctx, args);
  }
}

/** "boston-rally-flyer-en-letter.pdf", "boston-rally-script-pt-br-a4-2up.pdf", "boston-rally-signup-sheet-en-es-letter.pdf". */
export function documentFilename(args: DocumentsPdfArgs, event: EventSettings): string {
  const layout = args.kind === 'script' && args.layout === '2-up' ? '-2up' : '';
  const prefix = slugify(event.name) || 'take-action';
  const second = args.kind === 'signup-sheet' && args.secondLanguage && args.secondLanguage !== args.language ? `-${args.secondLanguage.toLowerCase()}` : '';
  return `${prefix}-${args.kind}-${args.language.toLowerCase()}${second}-${args.paper}${layout}.pdf`;
}

export interface DocumentSources {
  pack: ContentPack;
  event: EventSettings;
  resourcesDir: string;
  now: Date;
}

export async function documentsPdf(args: DocumentsPdfArgs, sources: DocumentSources): Promise<DocumentsPdfResult> {
  const ctx: PdfContext = {
    pack: sources.pack,
    event: sources.event,
    fonts: pdfFonts(sources.resourcesDir),
    createdAt: sources.now,
  };
  const built = await makeDocument(args, ctx);
  return {
    filename: documentFilename(args, sources.event),
    mimeType: 'application/pdf',
    base64: built.bytes.toString('base64'),
    bytes: built.bytes.length,
    pages: built.pages,
    title: built.title,
  };
}
