/**
 * What every document is made from (the content pack, the event, the fonts, the time) and what
 * it gives back, plus the small formatting helpers the documents share.
 */
import { pick } from '../../common/localized';
import type { ContentPack, Language } from '../../common/content';
import type { DocumentKind, Paper } from '../../common/documents';
import { eventNameIn, type EventSettings } from '../../common/event';
import type { PdfFonts } from './fonts';
import { drawPageChrome, Typesetter, type PageChrome } from './layout';
import { documentTitle, formatDate, formatTime, pdfText } from './messages';
import type { QrPlacement } from './qr';

export interface PdfContext {
  pack: ContentPack;
  event: EventSettings;
  fonts: PdfFonts;
  /** The document's creation date (the core's clock, so tests get the same bytes every run). */
  createdAt: Date;
}

export interface BuiltDocument {
  kind: DocumentKind;
  title: string;
  bytes: Buffer;
  pages: number;
  /** Every QR code drawn, for the tests that decode them. */
  qrCodes: QrPlacement[];
}

/**
 * A new document with its metadata: title "<kind> · <event>" (`kindTitle` for a bilingual one),
 * author the event, both in the document's language.
 */
export function startDocument(
  ctx: PdfContext,
  kind: DocumentKind,
  options: { language: Language; paper: Paper; landscape?: boolean },
  kindTitle = documentTitle(kind, options.language),
): Typesetter {
  const eventName = eventNameIn(ctx.event, options.language);
  return new Typesetter({
    paper: options.paper,
    landscape: options.landscape,
    language: options.language,
    title: `${kindTitle} · ${eventName}`,
    author: eventName,
    subject: pick(ctx.pack.title, options.language),
    createdAt: ctx.createdAt,
    fonts: ctx.fonts,
  });
}

/**
 * "Saturday, November 28, 2026 · 2:00 PM · Boston Common" ("sábado, 28 de noviembre de 2026 ·
 * 14:00 · …"), with whichever of the three the event has.
 */
export function eventWhenWhere(event: EventSettings, language: Language): string {
  const parts = [event.date ? formatDate(event.date, language, true) : null, event.startTime ? formatTime(event.startTime, language) : null, event.place];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** A URL as people type it: no "https://", no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function infoAsOf(pack: ContentPack, language: Language): string {
  return pdfText('infoAsOf', language, { date: formatDate(pack.asOf, language) });
}

/** The footer every multi-page document uses: "Information as of ..." and "Page X of Y". */
export function standardChrome(ctx: PdfContext, language: Language, header?: PageChrome['header']): PageChrome {
  return {
    header,
    footnote: `${eventNameIn(ctx.event, language)} · ${infoAsOf(ctx.pack, language)}`,
    pageOf: (page, pages) => pdfText('pageOf', language, { page, pages }),
  };
}

export async function finishDocument(
  ts: Typesetter,
  kind: DocumentKind,
  chrome: PageChrome | null,
  qrCodes: QrPlacement[] = [],
): Promise<BuiltDocument> {
  if (chrome) drawPageChrome(ts, chrome);
  const pages = ts.pageCount;
  const bytes = await ts.finish();
  return { kind, title: ts.setup.title, bytes, pages, qrCodes };
}
