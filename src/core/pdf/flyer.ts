/**
 * The event flyer: one page with the event's name, date and place, the pack's headline and
 * intro, the ways to take action, and QR codes to chosen organizations' websites. It always stays
 * one page: the codes keep their size, and the text above them shrinks (to 80%), then lists the
 * ways to act by title only (down to 60%), and at worst leaves out what still doesn't fit.
 */
import { pick } from '../../common/localized';
import type { ContentPack, Language, Organization } from '../../common/content';
import { FLYER_MAX_ORGANIZATIONS, type Paper } from '../../common/documents';
import { eventNameIn, type EventSettings } from '../../common/event';
import { featuredFirst, shownOrganizations } from '../../common/event-organizations';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { displayUrl, eventWhenWhere, finishDocument, infoAsOf, startDocument, type BuiltDocument, type PdfContext } from './context';
import { columnsBlock, fitFirst, stack, TextBlock, type Block } from './flow';
import { COLORS, textStyle, type Box, type Typesetter } from './layout';
import { pdfText } from './messages';
import { drawQr, type QrPlacement } from './qr';

export interface FlyerOptions {
  language: Language;
  paper: Paper;
  organizationIds?: string[] | undefined;
}

/** How many codes the flyer shows when the organizer doesn't choose. */
const DEFAULT_COUNT = 4;

/**
 * The event's featured organizations with a website; then, up to four, one per visible section,
 * the event's region first, then nationwide ones, so that a flyer printed without choosing still
 * points somewhere useful nearby. Never one hidden at this event.
 */
export function defaultFlyerOrganizations(pack: ContentPack, event: EventSettings): Organization[] {
  const withSite = featuredFirst(shownOrganizations(pack, event), event).filter((org) => org.url);
  const chosen = withSite.filter((org) => event.featuredOrganizations.includes(org.id)).slice(0, FLYER_MAX_ORGANIZATIONS);
  for (const section of pack.sections) {
    if (chosen.length >= DEFAULT_COUNT) break;
    const best = withSite.find((org) => org.sectionId === section.id);
    if (best && !chosen.includes(best)) chosen.push(best);
  }
  return chosen;
}

function chosenOrganizations(pack: ContentPack, event: EventSettings, ids: string[] | undefined): Organization[] {
  if (!ids) return defaultFlyerOrganizations(pack, event);
  return [...new Set(ids)].map((id) => {
    const org = pack.organizations.find((o) => o.id === id);
    if (!org) throw new AppError('invalid_argument', sentence('flyerUnknownOrganization', { id }));
    if (!org.url) throw new AppError('invalid_argument', sentence('flyerNoWebsite', { name: org.name }));
    return org;
  });
}

/**
 * The text above the codes, at `scale`: headline, intro and the ways to take action (each way's
 * intro too, when `withIntros`).
 */
function textBlocks(ts: Typesetter, ctx: PdfContext, language: Language, width: number, scale: number, withIntros: boolean): Block[] {
  const { pack, event } = ctx;
  const s = (size: number) => size * scale;
  const headline = textStyle('bold', s(22), COLORS.accent, 1.2);
  const body = textStyle('regular', s(12.5), COLORS.ink, 1.35);
  const heading = textStyle('bold', s(15), COLORS.accent, 1.25);
  const sectionTitle = textStyle('bold', s(12), COLORS.ink, 1.3);
  const sectionIntro = textStyle('regular', s(10.5), COLORS.muted, 1.3);
  const blocks: Block[] = [];
  // The default event is named after the pack: don't say the same words twice.
  if (pick(pack.title, language).trim().toLowerCase() !== eventNameIn(event, language).trim().toLowerCase()) {
    const title = ts.clampText(pick(pack.title, language), headline, width, 2);
    blocks.push(TextBlock.build(ts, [{ runs: [{ text: title, style: headline }] }], width, { base: headline }));
  }
  // Capped, so that a long intro in an imported pack never pushes the ways to act off the page.
  const intro = ts.clampText(pick(pack.intro, language), body, width, 4);
  blocks.push(TextBlock.build(ts, [{ runs: [{ text: intro, style: body }] }], width, { base: body, spaceBefore: s(6) }));
  blocks.push(
    TextBlock.build(ts, [{ runs: [{ text: pdfText('waysToHelp', language), style: heading }] }], width, {
      base: heading,
      spaceBefore: s(16),
      keepWithNext: true,
    }),
  );
  // The ways to take action in two columns, filled down then across, as people read them.
  const gap = 18;
  const columnWidth = (width - gap) / 2;
  const ways = pack.sections
    .filter((section) => !event.hiddenSections.includes(section.id))
    .map((section) => {
      const inner = columnWidth - 2 * (s(4) + 2) - 6;
      const paragraphs = [{ runs: [{ text: ts.clampText(pick(section.title, language), sectionTitle, inner, 2), style: sectionTitle }] }];
      if (section.intro && withIntros) paragraphs.push({ runs: [{ text: ts.clampText(pick(section.intro, language), sectionIntro, inner, 4), style: sectionIntro }] });
      return TextBlock.build(ts, paragraphs, columnWidth, { base: sectionIntro, spaceBefore: s(10), box: { padding: s(4) + 2, bar: COLORS.accent } });
    });
  const half = Math.ceil(ways.length / 2);
  blocks.push(columnsBlock([ways.slice(0, half), ways.slice(half)], width, gap, s(4)));
  return blocks;
}

/** Columns for n codes: one row up to four, then rows of three. */
function gridColumns(count: number): number {
  return count <= 4 ? Math.max(count, 1) : 3;
}

const CELL_GAP = 14;
const NAME_STYLE = textStyle('bold', 10.5, COLORS.ink, 1.2);
const URL_STYLE = textStyle('regular', 8.5, COLORS.muted, 1.25);
const NAME_LINES = 3;
const URL_LINES = 2;
const CELL_TEXT_HEIGHT = 4 + NAME_LINES * NAME_STYLE.size * NAME_STYLE.leading + 2 + URL_LINES * URL_STYLE.size * URL_STYLE.leading;

function qrSize(count: number, cellWidth: number): number {
  return Math.min(cellWidth - 8, count <= 4 ? 132 : 104);
}

function gridHeight(count: number, width: number): number {
  const columns = gridColumns(count);
  const rows = Math.ceil(count / columns);
  const cellWidth = (width - (columns - 1) * CELL_GAP) / columns;
  return rows * (qrSize(count, cellWidth) + CELL_TEXT_HEIGHT) + (rows - 1) * CELL_GAP;
}

/** The codes, centred in a grid at (box.x, box.y). */
function drawGrid(ts: Typesetter, orgs: Organization[], box: Pick<Box, 'x' | 'y' | 'width'>): QrPlacement[] {
  const columns = gridColumns(orgs.length);
  const cellWidth = (box.width - (columns - 1) * CELL_GAP) / columns;
  const size = qrSize(orgs.length, cellWidth);
  const rowHeight = size + CELL_TEXT_HEIGHT + CELL_GAP;
  // One size for every name (the largest at which they all fit), so that no name looks shouted.
  const nameStyle = orgs
    .map((org) => ts.fitText(org.name, NAME_STYLE, cellWidth, NAME_LINES, 7).style)
    .reduce((smallest, style) => (style.size < smallest.size ? style : smallest), NAME_STYLE);
  return orgs.map((org, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, orgs.length - row * columns);
    // A short last row is centred under the full ones.
    const rowStart = box.x + ((columns - inRow) * (cellWidth + CELL_GAP)) / 2;
    const x = rowStart + (i % columns) * (cellWidth + CELL_GAP);
    const y = box.y + row * rowHeight;
    const url = org.url ?? '';
    const placed = drawQr(ts.doc, url, x + (cellWidth - size) / 2, y, size);
    const name = ts.fitText(org.name, nameStyle, cellWidth, NAME_LINES, 7);
    const nameHeight = ts.drawLines(name.lines, name.style, x, y + size + 4, cellWidth, 'center');
    const link = ts.fitPreferringOneLine(displayUrl(url), URL_STYLE, cellWidth, 7, URL_LINES, 6.5);
    ts.drawLines(link.lines, link.style, x, y + size + 6 + nameHeight, cellWidth, 'center');
    return { ...placed, page: 0 };
  });
}

export async function makeFlyer(ctx: PdfContext, options: FlyerOptions): Promise<BuiltDocument> {
  const { language } = options;
  const orgs = chosenOrganizations(ctx.pack, ctx.event, options.organizationIds).slice(0, FLYER_MAX_ORGANIZATIONS);
  const ts = startDocument(ctx, 'flyer', options);
  const page = ts.addPage();
  const { x, width } = page;

  // The event, white on a dark band.
  const pad = 18;
  const name = ts.fitText(eventNameIn(ctx.event, language), textStyle('bold', 30, COLORS.paper, 1.2), width - 2 * pad, 3, 16);
  const whenWhere = eventWhenWhere(ctx.event, language);
  const when = whenWhere ? ts.fitText(whenWhere, textStyle('regular', 14, COLORS.paper, 1.3), width - 2 * pad, 2, 9) : null;
  const nameHeight = ts.linesHeight(name.lines, name.style);
  const bandHeight = pad + nameHeight + (when ? 6 + ts.linesHeight(when.lines, when.style) : 0) + pad;
  ts.doc.save().rect(x, page.y, width, bandHeight).fill(COLORS.accent).restore();
  ts.drawLines(name.lines, name.style, x + pad, page.y + pad, width - 2 * pad);
  if (when) ts.drawLines(when.lines, when.style, x + pad, page.y + pad + nameHeight + 6, width - 2 * pad);

  // From the bottom up: the footer, the codes, the line inviting people to scan them.
  const bottom = page.y + page.height;
  const invite = textStyle('bold', 11.5, COLORS.accent, 1.3);
  const small = textStyle('regular', 8, COLORS.muted, 1.3);
  const inviteLines = ts.fitPreferringOneLine(pdfText('kioskInvite', language), invite, width, 9.5, 2, 8);
  const asOf = ts.singleLine(infoAsOf(ctx.pack, language), small, width);
  const footerHeight = ts.linesHeight(inviteLines.lines, inviteLines.style) + ts.lineHeight(asOf, small);
  ts.drawLines(inviteLines.lines, inviteLines.style, x, bottom - footerHeight, width, 'center');
  ts.drawLine(asOf, x, bottom - ts.lineHeight(asOf, small), width, ts.lineHeight(asOf, small), 'center');

  let qrCodes: QrPlacement[] = [];
  let textBottom = bottom - footerHeight - 16;
  if (orgs.length > 0) {
    const gridTop = textBottom - gridHeight(orgs.length, width);
    qrCodes = drawGrid(ts, orgs, { x, y: gridTop, width });
    const scan = ts.fitText(pdfText('scanToVisit', language), textStyle('regular', 10.5, COLORS.muted, 1.3), width, 2, 8);
    const scanHeight = ts.linesHeight(scan.lines, scan.style);
    ts.drawLines(scan.lines, scan.style, x, gridTop - 8 - scanHeight, width, 'center');
    ts.rule(x, gridTop - 16 - scanHeight, x + width);
    textBottom = gridTop - 28 - scanHeight;
  }

  const textTop = page.y + bandHeight + 18;
  const area: Box = { x, y: textTop, width, height: textBottom - textTop };
  // Shrink the text a little; if that is not enough, list the ways to act by their titles only.
  const blocks = fitFirst(
    [
      { build: (scale) => textBlocks(ts, ctx, language, width, scale, true), minScale: 0.8 },
      { build: (scale) => textBlocks(ts, ctx, language, width, scale, false), minScale: 0.6 },
    ],
    area.height,
  );
  stack(blocks, area);
  return finishDocument(ts, 'flyer', null, qrCodes);
}
