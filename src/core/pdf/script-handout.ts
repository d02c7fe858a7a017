/**
 * Call-script handouts: each script with lines for the caller's name and town and the
 * legislator's name and phone (filled in when known), the words to say, and the bills with their
 * numbers "as of" a date, the seed's 2019 numbers marked as out of date. In Spanish, the Spanish
 * explanation comes first and then the English words to say on the phone.
 * 1-up: a full page per script (more if it must). 2-up: two copies on each page, cut in half.
 */
import { pick, textIn } from '../../common/localized';
import type { Bill, CallScript, Language } from '../../common/content';
import type { HandoutLayout, HandoutLegislator, Paper } from '../../common/documents';
import { eventNameIn } from '../../common/event';
import { fillScript, type ScriptPlaceholder, type ScriptValues } from '../../common/script';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { finishDocument, infoAsOf, standardChrome, startDocument, type BuiltDocument, type PdfContext } from './context';
import { fitFirst, flow, stack, TextBlock, type Block, type Paragraph, type TextBlockOptions } from './flow';
import { CHROME_HEIGHT, COLORS, MARGIN, textStyle, type Box, type TextStyle, type Typesetter } from './layout';
import { formatDate, legislatorTitle, pdfText } from './messages';

export interface ScriptHandoutOptions {
  language: Language;
  paper: Paper;
  scriptIds?: string[] | undefined;
  layout?: HandoutLayout | undefined;
  town?: string | undefined;
  legislator?: HandoutLegislator | undefined;
}

const BLANK = '_______________';

export function chamberOf(legislator: HandoutLegislator): 'house' | 'senate' {
  return legislator.chamber ?? (/senat/i.test(legislator.title) ? 'senate' : 'house');
}

/** What fills a script's placeholders on paper: the values known, a line or a choice otherwise. */
export function handoutText(text: string, bills: readonly Bill[], options: ScriptHandoutOptions, language: Language): string {
  const { legislator, town } = options;
  const values: ScriptValues = {
    town,
    legislator: legislator?.name,
    title: legislator ? legislatorTitle(legislator, language) : undefined,
    chamber: legislator ? pdfText(chamberOf(legislator) === 'senate' ? 'chamberSenate' : 'chamberHouse', language) : undefined,
  };
  const blank = (placeholder: ScriptPlaceholder): string => {
    if (placeholder === 'title') return pdfText('titleChoice', language);
    if (placeholder === 'chamber') return pdfText('chamberChoice', language);
    return BLANK;
  };
  return fillScript(text, bills, values, blank);
}

function chosenScripts(scripts: readonly CallScript[], ids: string[] | undefined): CallScript[] {
  if (!ids) return [...scripts];
  return [...new Set(ids)].map((id) => {
    const script = scripts.find((s) => s.id === id);
    if (!script) throw new AppError('invalid_argument', sentence('unknownScript', { id }));
    return script;
  });
}

interface Styles {
  title: TextStyle;
  label: TextStyle;
  value: TextStyle;
  heading: TextStyle;
  intro: TextStyle;
  speak: TextStyle;
  explain: TextStyle;
  billName: TextStyle;
  bill: TextStyle;
  stale: TextStyle;
  small: TextStyle;
}

function stylesAt(scale: number): Styles {
  const s = (size: number) => size * scale;
  return {
    title: textStyle('bold', s(16), COLORS.accent, 1.2),
    label: textStyle('bold', s(8.5), COLORS.muted, 1.2),
    value: textStyle('regular', s(11), COLORS.ink, 1.25),
    heading: textStyle('bold', s(10.5), COLORS.accent, 1.3),
    intro: textStyle('regular', s(9.5), COLORS.muted, 1.32),
    speak: textStyle('regular', s(11), COLORS.ink, 1.38),
    explain: textStyle('regular', s(10), COLORS.ink, 1.32),
    billName: textStyle('bold', s(9.5), COLORS.ink, 1.3),
    bill: textStyle('regular', s(9.5), COLORS.ink, 1.3),
    stale: textStyle('regular', s(8.5), COLORS.muted, 1.3),
    small: textStyle('regular', s(7.5), COLORS.muted, 1.3),
  };
}

/** Four labelled lines to write on (two by two), holding the values already known. */
function fieldsBlock(ts: Typesetter, fields: { label: string; value: string }[], width: number, styles: Styles): Block {
  const gap = 18;
  const columnWidth = (width - gap) / 2;
  const labelHeight = styles.label.size * styles.label.leading;
  const valueHeight = styles.value.size * styles.value.leading;
  const rowHeight = labelHeight + valueHeight + 8;
  const rows = Math.ceil(fields.length / 2);
  return {
    height: rows * rowHeight,
    minHeight: rows * rowHeight,
    spaceBefore: 8 * (styles.value.size / 11),
    keepWithNext: false,
    keepTogether: true,
    draw: (x, y) =>
      fields.forEach((field, i) => {
        const left = x + (i % 2) * (columnWidth + gap);
        const top = y + Math.floor(i / 2) * rowHeight;
        ts.drawLine(ts.singleLine(field.label, styles.label, columnWidth), left, top, columnWidth, labelHeight);
        if (field.value) ts.drawLine(ts.singleLine(field.value, styles.value, columnWidth), left, top + labelHeight, columnWidth, valueHeight);
        ts.rule(left, top + labelHeight + valueHeight + 1, left + columnWidth, COLORS.ink, 0.6);
      }),
    split: () => null,
  };
}

function billParagraphs(bills: readonly Bill[], language: Language, styles: Styles, status: boolean): Paragraph[] {
  return bills.flatMap((bill) => {
    const current = pdfText('billCurrent', language, {
      numbers: bill.current.numbers.join(', '),
      session: pick(bill.current.session, language),
      date: formatDate(bill.asOf, language),
    });
    const stale = pdfText('billStale', language, {
      numbers: bill.original.numbers.join(', '),
      session: pick(bill.original.session, language),
    });
    const paragraphs: Paragraph[] = [
      { runs: [{ text: `${bill.name}:`, style: styles.billName }, { text: current, style: styles.bill }], spaceBefore: 4 },
    ];
    if (status && bill.current.status) paragraphs.push({ runs: [{ text: pick(bill.current.status, language), style: styles.stale }] });
    paragraphs.push({ runs: [{ text: stale, style: styles.stale }] });
    return paragraphs;
  });
}

interface CopyOptions {
  scale: number;
  /** Why to call: left out when a half page can't hold it. */
  intro: boolean;
  /** Each bill's status in a sentence or two: the first thing left out when space runs short. */
  status: boolean;
  /** The event and "as of" line inside the copy (2-up copies are cut apart from the page footer). */
  footnote: boolean;
}

type Variant = Pick<CopyOptions, 'intro' | 'status'>;

/** One copy of a handout, as blocks `width` wide. */
function copyBlocks(ts: Typesetter, ctx: PdfContext, script: CallScript, options: ScriptHandoutOptions, width: number, copy: CopyOptions): Block[] {
  const { language, legislator, town } = options;
  const styles = stylesAt(copy.scale);
  const gap = (points: number) => points * copy.scale;
  const text = (paragraphs: Paragraph[], blockOptions: TextBlockOptions) => TextBlock.build(ts, paragraphs, width, blockOptions);

  const blocks: Block[] = [text([{ runs: [{ text: pick(script.title, language), style: styles.title }] }], { base: styles.title })];
  const legislatorName = legislator ? `${legislator.title} ${legislator.name}` : '';
  blocks.push(
    fieldsBlock(
      ts,
      [
        { label: pdfText('callerName', language), value: '' },
        { label: pdfText('callerTown', language), value: town ?? '' },
        { label: pdfText('legislator', language), value: legislatorName },
        { label: pdfText('legislatorPhone', language), value: legislator?.phone ?? '' },
      ],
      width,
      styles,
    ),
  );
  if (copy.intro) {
    blocks.push(
      text(
        [{ runs: [{ text: `${pdfText('whyCall', language)}:`, style: styles.label }, { text: pick(script.intro, language), style: styles.intro }] }],
        { base: styles.intro, spaceBefore: gap(10) },
      ),
    );
  }
  const spoken = handoutText(script.text.en, script.bills, options, 'en');
  // In another language, what the call says in it first, then the English words to speak.
  const meaning = textIn(script.text, language);
  if (meaning.language !== 'en') {
    const explained = handoutText(meaning.text, script.bills, options, language);
    blocks.push(text([{ runs: [{ text: pdfText('explanation', language), style: styles.heading }] }], { base: styles.heading, spaceBefore: gap(10), keepWithNext: true }));
    blocks.push(text([{ runs: [{ text: explained, style: styles.explain }] }], { base: styles.explain, spaceBefore: gap(2), box: { padding: gap(6), fill: COLORS.accentTint } }));
  }
  blocks.push(text([{ runs: [{ text: pdfText('speakInEnglish', language), style: styles.heading }] }], { base: styles.heading, spaceBefore: gap(10), keepWithNext: true }));
  blocks.push(text([{ runs: [{ text: spoken, style: styles.speak }] }], { base: styles.speak, spaceBefore: gap(2) }));
  if (script.bills.length > 0) {
    const paragraphs: Paragraph[] = [
      { runs: [{ text: pdfText('billsHeading', language), style: styles.heading }] },
      ...billParagraphs(script.bills, language, styles, copy.status),
    ];
    if (copy.intro) paragraphs.push({ runs: [{ text: pdfText('billsAsOf', language), style: styles.stale }], spaceBefore: 4 });
    blocks.push(text(paragraphs, { base: styles.bill, spaceBefore: gap(10), keepTogether: true, box: { padding: gap(6), bar: COLORS.accent } }));
  }
  if (copy.footnote) {
    const line = `${eventNameIn(ctx.event, language)} · ${infoAsOf(ctx.pack, language)}`;
    blocks.push(text([{ runs: [{ text: line, style: styles.small }] }], { base: styles.small, spaceBefore: gap(6) }));
  }
  return blocks;
}

function drawCutLine(ts: Typesetter, y: number, language: Language): void {
  const label = `✂ ${pdfText('cutHere', language)}`;
  const style = textStyle('regular', 7.5, COLORS.muted, 1.2);
  const labelWidth = ts.measure(label, style);
  const middle = ts.page.width / 2;
  ts.rule(14, y, middle - labelWidth / 2 - 6, COLORS.rule, 0.6, 4);
  ts.rule(middle + labelWidth / 2 + 6, y, ts.page.width - 14, COLORS.rule, 0.6, 4);
  ts.drawText(label, style, { x: middle - labelWidth / 2, y: y - 5, width: labelWidth + 1 });
}

export async function makeScriptHandout(ctx: PdfContext, options: ScriptHandoutOptions): Promise<BuiltDocument> {
  const scripts = chosenScripts(ctx.pack.scripts, options.scriptIds);
  if (scripts.length === 0) throw new AppError('not_found', sentence('noScripts'));
  const ts = startDocument(ctx, 'script', options);
  const { width: pageWidth, height: pageHeight } = ts.page;
  const width = pageWidth - 2 * MARGIN;

  if (options.layout === '2-up') {
    const halfGap = 20;
    const halfHeight = pageHeight / 2 - MARGIN - halfGap;
    for (const script of scripts) {
      ts.addPage();
      const top: Box = { x: MARGIN, y: MARGIN, width, height: halfHeight };
      const bottom: Box = { ...top, y: pageHeight / 2 + halfGap };
      // The same copy twice: built once for its size, drawn in each half.
      const build = (copy: Variant) => (scale: number) =>
        copyBlocks(ts, ctx, script, options, width, { ...copy, scale, footnote: true });
      const blocks = fitFirst(
        [
          { build: build({ intro: true, status: true }), minScale: 0.7 },
          { build: build({ intro: true, status: false }), minScale: 0.7 },
          { build: build({ intro: false, status: false }), minScale: 0.5 },
        ],
        halfHeight,
      );
      stack(blocks, top);
      stack(blocks, bottom);
      drawCutLine(ts, pageHeight / 2, options.language);
    }
    return finishDocument(ts, 'script', null);
  }

  const body = (): Box => {
    const page = ts.addPage();
    return { ...page, height: page.height - CHROME_HEIGHT };
  };
  for (const script of scripts) {
    // One page per script when it fits at 75% or more (if need be without the bills' status);
    // otherwise it runs on to another page.
    const build = (copy: Variant) => (scale: number) =>
      copyBlocks(ts, ctx, script, options, width, { ...copy, scale, footnote: false });
    const variants = [
      { build: build({ intro: true, status: true }), minScale: 0.75 },
      { build: build({ intro: true, status: false }), minScale: 0.75 },
    ];
    flow(fitFirst(variants, pageHeight - 2 * MARGIN - CHROME_HEIGHT), body);
  }
  return finishDocument(ts, 'script', standardChrome(ctx, options.language));
}
