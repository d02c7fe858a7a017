/**
 * Documents made from an absurd content pack and event (every text at its schema's maximum,
 * words too long for any line): still parseable, one page where promised, no text outside the
 * page margins, no two words on top of each other, no text over a QR code, every code readable.
 */
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/common/content';
import type { DocumentsPdfArgs } from '../../src/common/documents';
import { defaultPack } from '../../src/core/content/store';
import { makeDocument } from '../../src/core/pdf/documents';
import { MARGIN } from '../../src/core/pdf/layout';
import { handoutText } from '../../src/core/pdf/script-handout';
import { pdfContext, RALLY, requestName } from './pdf-fixtures';
import { decodeQr, overlaps, pdfLines, pdfText, renderPages, saveArtifact, wordBoxes } from './pdf-tools';

/** `text` repeated and cut to exactly `length` characters, ending on a letter. */
const fill = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length - 1).trimEnd() + 'x';

const LONG_WORD = 'Inmigración'.repeat(8); // 88 letters, no space: wider than any column
const LONG_URL = `https://www.example.org/${'muy-largo/'.repeat(10)}?utm_source=kiosk&utm_medium=flyer`;
const ABSURD_NAME = fill(`Organización ${LONG_WORD} for the Rights and Dignity of Every Immigrant Family Everywhere `, 200);

function absurdPack(): ContentPack {
  const pack = structuredClone(defaultPack());
  const both = (en: string, length: number) => ({ en: fill(en, length), es: fill(`${en} está aquí `, length) });
  pack.title = both('Take Action for Immigrants Now and Forever ', 160);
  pack.intro = both('The reprehensible treatment of immigrants has to end. ', 2000);
  const org = pack.organizations[0];
  const section = pack.sections[0];
  const script = pack.scripts[0];
  if (!org || !section || !script) throw new Error('the default pack has content');
  Object.assign(org, {
    name: ABSURD_NAME,
    summary: both('A summary that goes on and on. ', 160),
    description: both('A description of everything this group has ever done. ', 2000),
    howToHelp: both('Volunteer, donate, call, write, show up. ', 600),
    location: both('Somewhere with a very long name, Massachusetts ', 120),
    url: LONG_URL,
    phone: '+1 (617) 555-0100',
    phoneLabel: both('A hotline with a long label ', 120),
  });
  section.title = both(`Volunteer ${LONG_WORD} in Massachusetts `, 120);
  section.intro = both('Give your time to groups that work with immigrants. ', 2000);
  script.title = both(`US Congress ${LONG_WORD} stand with refugees `, 160);
  script.intro = both('Look up your legislators by ZIP code and call the local office. ', 2000);
  script.text = {
    en: fill('My name is {name}, I live in {town}; please ask the {title} to support {bill:grace-act} and {bill:no-ban-act}. ', 6000),
    es: fill('Me llamo {name}, vivo en {town}; pídale a su {title} que apoye {bill:grace-act} y {bill:no-ban-act}. ', 6000),
  };
  pack.consents = {
    email: both('I agree to be contacted by email about actions for immigrants. ', 600),
    sms: both('I agree to receive text messages. Reply STOP to stop. ', 600),
    share: { en: fill('Share my details with {organization} so they can contact me. ', 600), es: fill('Compartir mis datos con {organization}. ', 600) },
  };
  return ContentPack.parse(pack);
}

const EVENT = { ...RALLY, name: fill(`Rally ${LONG_WORD} for Immigrant Families `, 120), place: fill('Boston Common, by the Parkman Bandstand, near the Frog Pond ', 160) };

const REQUESTS: DocumentsPdfArgs[] = [
  { kind: 'flyer', language: 'en', paper: 'letter', organizationIds: ['mira-coalition', 'project-citizenship', 'bijan', 'nyic', 'mixteca', 'icirr'] },
  { kind: 'flyer', language: 'es', paper: 'a4' },
  { kind: 'directory', language: 'en', paper: 'letter' },
  { kind: 'directory', language: 'es', paper: 'a4' },
  { kind: 'script', language: 'en', paper: 'letter' },
  { kind: 'script', language: 'es', paper: 'a4', layout: '2-up', town: fill('Jamaica Plain ', 100), legislator: { name: fill('Edward J. Markey ', 120), title: 'Senator', phone: '(617) 565-8519' } },
  { kind: 'signup-sheet', language: 'es', paper: 'letter' },
];

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each(REQUESTS)('an absurd pack: %o', (args) => {
  it('keeps every word inside the margins, off other words and off the QR codes, and the codes readable', async () => {
    const pack = absurdPack();
    const built = await makeDocument(args, pdfContext(pack, EVENT));
    const file = saveArtifact(`absurd-${requestName(args)}`, built.bytes);

    if (args.kind === 'flyer' || args.kind === 'signup-sheet') expect(built.pages).toBe(1);
    if (args.kind === 'script' && args.layout === '2-up') expect(built.pages).toBe(pack.scripts.length);

    const { pages, words } = await wordBoxes(file);
    expect(pages).toHaveLength(built.pages);
    expect(words.length).toBeGreaterThan(50);
    for (const word of words) {
      const page = pages[word.page - 1] ?? { width: 0, height: 0 };
      const where = `"${word.word}" on page ${word.page} at ${word.xMin},${word.yMin}–${word.xMax},${word.yMax}`;
      expect(word.xMin, where).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(word.xMax, where).toBeLessThanOrEqual(page.width - MARGIN + 1);
      expect(word.yMin, where).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(word.yMax, where).toBeLessThanOrEqual(page.height - MARGIN + 1);
    }
    const overlapping: string[] = [];
    for (let page = 1; page <= pages.length; page++) {
      const onPage = words.filter((w) => w.page === page);
      onPage.forEach((a, i) => {
        for (const b of onPage.slice(i + 1)) if (overlaps(a, b)) overlapping.push(`"${a.word}" and "${b.word}" on page ${page}`);
      });
    }
    expect(overlapping).toEqual([]);
    for (const code of built.qrCodes) {
      const square = { page: code.page + 1, word: 'QR', xMin: code.x + 1, yMin: code.y + 1, xMax: code.x + code.size - 1, yMax: code.y + code.size - 1 };
      const covering = words.find((w) => overlaps(w, square, 0));
      expect(covering?.word, `text over the QR code for ${code.text}`).toBeUndefined();
    }

    const pngs = await renderPages(file);
    const absurdCode = built.qrCodes.find((c) => c.text === LONG_URL);
    const codes = args.kind === 'directory' ? [absurdCode, ...built.qrCodes.slice(-2)] : built.qrCodes;
    if (args.kind === 'flyer' || args.kind === 'directory') expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const code of codes) {
      if (!code) throw new Error('the long address has a QR code');
      expect(decodeQr(pngs[code.page] ?? '', code), `QR for ${code.text}`).toBe(code.text);
    }

    // Long texts wrap, they are not cut, where the document has room to flow.
    const text = squash(await pdfText(file));
    if (args.kind === 'directory') expect(text).toContain(squash(ABSURD_NAME));
    const script = pack.scripts[0];
    if (args.kind === 'script' && args.layout !== '2-up' && script) {
      // Read across pages without their footers ("Page 1 of 3", the event's name).
      const lines = (await Promise.all(pages.map((_, i) => pdfLines(file, i + 1)))).flat();
      const body = lines.filter((line) => !/^Page \d+ of \d+$/.test(line) && !line.startsWith(EVENT.name.slice(0, 20))).join('');
      expect(squash(body)).toContain(squash(handoutText(script.text.en, script.bills, args, 'en')));
    }
    if (args.kind === 'signup-sheet') expect(text).toContain(squash(pack.consents.email.es ?? ''));
  });
});

describe('the directory’s headings', () => {
  it('never end a page, however the entries before them fall', async () => {
    const headings = (pack: ContentPack) => [
      ...pack.sections.map((s) => s.title.en),
      ...pack.sections.flatMap((s) => (s.intro ? [s.intro.en] : [])),
      'Massachusetts', 'New York City', 'Chicago', 'Los Angeles', 'U.S.–Mexico border', 'Nationwide',
    ];
    let pushedDown = 0;
    // Lengthen the first organizations' "how to help" step by step, so that each heading in turn
    // comes near the bottom of a page.
    for (let extra = 0; extra < 12; extra++) {
      const pack = structuredClone(defaultPack());
      pack.organizations.slice(0, 3).forEach((org) => {
        org.howToHelp.en = `${org.howToHelp.en} ${'Bring a friend to the next meeting. '.repeat(extra)}`.slice(0, 600).trim();
      });
      const built = await makeDocument({ kind: 'directory', language: 'en', paper: 'letter' }, pdfContext(ContentPack.parse(pack)));
      const file = saveArtifact(`directory-headings-${extra}`, built.bytes);
      for (let page = 1; page < built.pages; page++) {
        const lines = await pdfLines(file, page);
        // The last three lines are the running header and the footer, drawn after the content.
        const lastContent = lines[lines.length - 4] ?? '';
        expect(headings(pack).some((h) => h.includes(lastContent)), `page ${page} ends with "${lastContent}" (extra ${extra})`).toBe(false);
        const next = (await pdfLines(file, page + 1))[0] ?? '';
        if (headings(pack).includes(next)) pushedDown++;
      }
    }
    // The variations did put headings at the top of pages, so the check above was exercised.
    expect(pushedDown).toBeGreaterThan(3);
  });
});
