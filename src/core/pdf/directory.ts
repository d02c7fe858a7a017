/**
 * The organization directory: every organization in the pack, by section and then by region,
 * with what it does, how to help, its website and phone, and a small QR code. Several pages, with
 * a running header, "Page X of Y", and headings that never end a page.
 */
import { pick } from '../../common/localized';
import { REGIONS, type Language, type Organization, type Region } from '../../common/content';
import type { Paper } from '../../common/documents';
import { eventNameIn, type EventSettings } from '../../common/event';
import { shownOrganizations } from '../../common/event-organizations';
import { displayUrl, eventWhenWhere, finishDocument, standardChrome, startDocument, type BuiltDocument, type PdfContext } from './context';
import { flow, ruleBlock, TextBlock, type Aside, type Block, type Paragraph } from './flow';
import { CHROME_HEIGHT, COLORS, MARGIN, textStyle, type Box, type Typesetter } from './layout';
import { documentTitle, pdfText, regionName } from './messages';
import { drawQr, qrSizeFor, type QrPlacement } from './qr';

export interface DirectoryOptions {
  language: Language;
  paper: Paper;
}

/** The QR code beside each entry: small, bigger for a long address so that it still scans. */
const QR_MIN = 60;
const QR_MAX = 110;

const STYLES = {
  title: textStyle('bold', 20, COLORS.accent, 1.2),
  subtitle: textStyle('regular', 11, COLORS.muted, 1.3),
  intro: textStyle('regular', 10.5, COLORS.ink, 1.35),
  section: textStyle('bold', 15, COLORS.accent, 1.25),
  sectionIntro: textStyle('regular', 9.5, COLORS.muted, 1.3),
  region: textStyle('bold', 10.5, COLORS.muted, 1.3),
  name: textStyle('bold', 11.5, COLORS.ink, 1.25),
  location: textStyle('regular', 8.5, COLORS.muted, 1.3),
  body: textStyle('regular', 9, COLORS.ink, 1.3),
  label: textStyle('bold', 9, COLORS.ink, 1.3),
  link: textStyle('regular', 9, COLORS.accent, 1.3),
};

/**
 * The section's organizations grouped by region: the event's own region first (an organization
 * that also works there is listed there), then the rest in the pack's region order.
 */
export function groupByRegion(orgs: readonly Organization[], event: EventSettings): { region: Region; orgs: Organization[] }[] {
  const order = [event.region, ...REGIONS.filter((r) => r !== event.region)];
  const regionOf = (org: Organization): Region => (org.regions.includes(event.region) ? event.region : (org.regions[0] ?? 'nationwide'));
  return order
    .map((region) => ({ region, orgs: orgs.filter((org) => regionOf(org) === region) }))
    .filter((group) => group.orgs.length > 0);
}

function entryParagraphs(org: Organization, language: Language): Paragraph[] {
  const paragraphs: Paragraph[] = [{ runs: [{ text: org.name, style: STYLES.name }] }];
  if (org.location) paragraphs.push({ runs: [{ text: pick(org.location, language), style: STYLES.location }] });
  // The one-line summary, not the long description: a handout is read standing up, and stays short.
  paragraphs.push({ runs: [{ text: pick(org.summary, language), style: STYLES.body }], spaceBefore: 3 });
  paragraphs.push({
    runs: [
      { text: `${pdfText('howToHelp', language)}:`, style: STYLES.label },
      { text: pick(org.howToHelp, language), style: STYLES.body },
    ],
    spaceBefore: 3,
  });
  if (org.url) {
    paragraphs.push({
      runs: [
        { text: `${pdfText('website', language)}:`, style: STYLES.label },
        { text: displayUrl(org.url), style: STYLES.link },
      ],
      spaceBefore: 3,
    });
  }
  if (org.phone) {
    const label = org.phoneLabel ? ` (${pick(org.phoneLabel, language)})` : '';
    paragraphs.push({
      runs: [
        { text: `${pdfText('phone', language)}:`, style: STYLES.label },
        { text: `${org.phone}${label}`, style: STYLES.body },
      ],
    });
  }
  return paragraphs;
}

function qrAside(ts: Typesetter, url: string, placed: QrPlacement[]): Aside {
  const size = qrSizeFor(url, QR_MIN, QR_MAX);
  return {
    width: size,
    height: size,
    gap: 14,
    draw: (x, y) => placed.push({ ...drawQr(ts.doc, url, x, y, size), page: ts.pageCount - 1 }),
  };
}

function heading(ts: Typesetter, text: string, style: typeof STYLES.section, width: number, spaceBefore: number): Block {
  // minLines beyond any heading's length: a heading is never split across two pages.
  return TextBlock.build(ts, [{ runs: [{ text, style }] }], width, { base: style, spaceBefore, keepWithNext: true, minLines: 99 });
}

export async function makeDirectory(ctx: PdfContext, options: DirectoryOptions): Promise<BuiltDocument> {
  const { language } = options;
  const { pack, event } = ctx;
  const ts = startDocument(ctx, 'directory', options);
  const title = documentTitle('directory', language);
  const qrCodes: QrPlacement[] = [];
  const width = ts.page.width - 2 * MARGIN;
  // Each page's body leaves room for the running header and the footer.
  const nextPage = (): Box => {
    const page = ts.addPage();
    return { ...page, y: page.y + CHROME_HEIGHT, height: page.height - 2 * CHROME_HEIGHT };
  };

  const blocks: Block[] = [heading(ts, title, STYLES.title, width, 0)];
  const subtitle = [eventNameIn(event, language), eventWhenWhere(event, language)].filter(Boolean).join(' · ');
  blocks.push(TextBlock.build(ts, [{ runs: [{ text: subtitle, style: STYLES.subtitle }] }], width, { base: STYLES.subtitle, spaceBefore: 2 }));
  blocks.push(TextBlock.build(ts, [{ runs: [{ text: pick(pack.intro, language), style: STYLES.intro }] }], width, { base: STYLES.intro, spaceBefore: 8 }));

  // What this event shows: hidden organizations and sections are not in its directory.
  const shown = shownOrganizations(pack, event);
  for (const section of pack.sections) {
    const orgs = shown.filter((org) => org.sectionId === section.id);
    if (section.kind !== 'organizations' || orgs.length === 0) continue;
    blocks.push(heading(ts, pick(section.title, language), STYLES.section, width, 18));
    blocks.push(ruleBlock(ts, width));
    if (section.intro) {
      blocks.push(
        TextBlock.build(ts, [{ runs: [{ text: pick(section.intro, language), style: STYLES.sectionIntro }] }], width, {
          base: STYLES.sectionIntro,
          spaceBefore: 4,
          keepWithNext: true,
        }),
      );
    }
    const groups = groupByRegion(orgs, event);
    for (const group of groups) {
      // A region heading only where it tells the sections' organizations apart.
      if (groups.length > 1) blocks.push(heading(ts, regionName(group.region, language), STYLES.region, width, 12));
      group.orgs.forEach((org, i) => {
        blocks.push(
          TextBlock.build(ts, entryParagraphs(org, language), width, {
            base: STYLES.body,
            spaceBefore: i === 0 ? 8 : 11,
            keepTogether: true,
            minLines: 3,
            aside: org.url ? qrAside(ts, org.url, qrCodes) : undefined,
          }),
        );
      });
    }
  }

  flow(blocks, nextPage);
  return finishDocument(ts, 'directory', standardChrome(ctx, language, { left: eventNameIn(event, language), right: title }), qrCodes);
}
