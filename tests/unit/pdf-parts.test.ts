/** The PDF documents' pure parts: line breaking, page flow, QR runs, script filling, choices. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillScript } from '../../src/common/script';
import { defaultPack } from '../../src/core/content/store';
import { groupByRegion } from '../../src/core/pdf/directory';
import { documentFilename } from '../../src/core/pdf/documents';
import { flow, TextBlock, type Block } from '../../src/core/pdf/flow';
import { COLORS, textStyle, Typesetter } from '../../src/core/pdf/layout';
import { defaultFlyerOrganizations } from '../../src/core/pdf/flyer';
import { pdfFonts } from '../../src/core/pdf/fonts';
import { darkRuns, qrMatrix } from '../../src/core/pdf/qr';
import { chamberOf, handoutText } from '../../src/core/pdf/script-handout';
import { legislatorTitle } from '../../src/core/pdf/messages';
import { slugify, wrapRuns } from '../../src/core/pdf/text';
import { RALLY, RESOURCES } from './pdf-fixtures';

const pack = defaultPack();

describe('line breaking', () => {
  // A stand-in for a font: every character is as wide as its style says.
  const measure = (text: string, perChar: number) => Array.from(text).length * perChar;

  it('never makes a line wider than the box, and keeps every character in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ maxLength: 80, unit: fc.constantFrom('a', 'é', ' ', '\n', '/', '-', 'W') }), style: fc.constantFrom(3, 5) }), { maxLength: 6 }),
        fc.integer({ min: 6, max: 200 }),
        (runs, width) => {
          const lines = wrapRuns(runs, width, measure);
          for (const line of lines) {
            const single = line.runs.length === 1 && Array.from(line.runs[0]?.text ?? '').length === 1;
            if (!single) expect(line.width).toBeLessThanOrEqual(width);
            for (const run of line.runs) expect(run.x + measure(run.text, run.style)).toBeLessThanOrEqual(Math.max(width, line.width) + 1e-9);
          }
          const printed = lines.flatMap((l) => l.runs.map((r) => r.text)).join('').replace(/\s/g, '');
          expect(printed).toBe(runs.map((r) => r.text).join('').replace(/\s/g, ''));
        },
      ),
    );
  });

  it('breaks a web address after a slash or a dot rather than in the middle of a word', () => {
    const lines = wrapRuns([{ text: 'immigrationadvocates.org/legaldirectory', style: 1 }], 30, measure);
    expect(lines.map((l) => l.runs[0]?.text)).toEqual(['immigrationadvocates.org/', 'legaldirectory']);
  });

  it('starts a new line at a newline and leaves an empty line between paragraphs', () => {
    const lines = wrapRuns([{ text: 'one\n\ntwo three', style: 1 }], 100, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(' '))).toEqual(['one', '', 'two three']);
  });
});

describe('page flow', () => {
  type Drawn = { id: string; frame: number; top: number; bottom: number; heading: boolean };

  /** Blocks that record where they were drawn: headings (kept with next), entries, paragraphs that split by line. */
  function makeBlocks(specs: { kind: 'heading' | 'entry' | 'paragraph'; lines: number }[], log: Drawn[], frameOf: () => number): Block[] {
    const lineHeight = 10;
    const block = (id: string, kind: string, lines: number): Block => ({
      height: lines * lineHeight,
      // As TextBlock: a paragraph of fewer than 4 lines can't split (2 lines each side), so it is its own minimum.
      minHeight: kind === 'paragraph' && lines >= 4 ? 2 * lineHeight : lines * lineHeight,
      spaceBefore: 6,
      keepWithNext: kind === 'heading',
      keepTogether: kind === 'entry',
      draw: (_x, y) => log.push({ id, frame: frameOf(), top: y, bottom: y + lines * lineHeight, heading: kind === 'heading' }),
      split: (available) => {
        // Like a paragraph: no fewer than two lines on either side of the cut.
        const fits = Math.min(Math.floor(available / lineHeight), lines - 2);
        if (kind === 'heading' || fits < 2 || lines - fits < 2) return null;
        return [block(`${id}a`, kind, fits), block(`${id}b`, kind, lines - fits)];
      },
    });
    return specs.map((spec, i) => block(String(i), spec.kind, spec.lines));
  }

  it('keeps every heading off the bottom of a page, stays inside the frames and draws everything in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('heading' as const), lines: fc.integer({ min: 1, max: 3 }) }),
            fc.record({ kind: fc.constantFrom('entry' as const, 'paragraph' as const), lines: fc.integer({ min: 1, max: 30 }) }),
          ),
          { maxLength: 60 },
        ),
        (specs) => {
          // A heading with what must stay with it fits on a page (as in every real document).
          specs.forEach((spec, i) => {
            if (spec.kind !== 'heading') return;
            let kept = 0;
            let j = i;
            for (; specs[j]?.kind === 'heading'; j++) kept += (specs[j]?.lines ?? 0) * 10 + 6;
            const next = specs[j];
            if (next) kept += (next.kind === 'paragraph' && next.lines >= 4 ? 2 : next.lines) * 10 + 6;
            fc.pre(kept <= 300);
          });
          const log: Drawn[] = [];
          let frames = 0;
          const height = 300;
          flow(makeBlocks(specs, log, () => frames - 1), () => {
            frames++;
            return { x: 0, y: 1000 * frames, width: 100, height };
          });
          const totalLines = specs.reduce((sum, s) => sum + s.lines, 0);
          expect(log.reduce((sum, d) => sum + (d.bottom - d.top) / 10, 0)).toBe(totalLines);
          expect(log.map((d) => d.id.replace(/[ab]+$/, '')).filter((id, i, all) => id !== all[i - 1]).map(Number)).toEqual(
            specs.map((_, i) => i),
          );
          for (const d of log) {
            const frameTop = 1000 * (d.frame + 1);
            expect(d.top).toBeGreaterThanOrEqual(frameTop);
            if (d.bottom - d.top <= height) expect(d.bottom).toBeLessThanOrEqual(frameTop + height + 1e-9);
          }
          // The last thing on a page is never a heading (unless nothing follows it).
          log.forEach((d, i) => {
            const next = log[i + 1];
            if (d.heading && next) expect(next.frame, `heading ${d.id} ends frame ${d.frame}`).toBe(d.frame);
          });
        },
      ),
      // Found in CI: a 3-line paragraph (which cannot split) after a heading at the foot of a page.
      { examples: [[[{ kind: 'entry', lines: 14 }, { kind: 'entry', lines: 11 }, { kind: 'heading', lines: 1 }, { kind: 'paragraph', lines: 3 }]]] },
    );
  });
});

describe('QR codes', () => {
  it('draws exactly the dark modules, as runs', () => {
    for (const url of pack.organizations.map((o) => o.url ?? 'x')) {
      const matrix = qrMatrix(url);
      const fromRuns = new Set(darkRuns(matrix).flatMap((r) => Array.from({ length: r.length }, (_, i) => `${r.row},${r.column + i}`)));
      for (let row = 0; row < matrix.size; row++) {
        for (let column = 0; column < matrix.size; column++) {
          expect(fromRuns.has(`${row},${column}`)).toBe(matrix.dark(row, column));
        }
      }
    }
  });
});

describe('call-script text on paper', () => {
  const [congress, massachusetts] = pack.scripts;
  if (!congress || !massachusetts) throw new Error('the default pack has two scripts');

  it('fills bills with their latest numbers and leaves lines and choices where nothing is known', () => {
    const text = handoutText(congress.text.en, congress.bills, { language: 'en', paper: 'letter' }, 'en');
    expect(text).toContain('The GRACE Act, H.R. 6870, would');
    expect(text).toContain('The NO BAN Act, H.R. 924 / S. 398, would');
    expect(text).toContain('My name is _______________.');
    expect(text).toContain('before the House/Senate that I am asking the Representative/Senator to co-sponsor');
    expect(text).not.toMatch(/\{[a-z:-]+\}/);
  });

  it('fills the legislator, title, chamber and town when they are given', () => {
    const options = {
      language: 'es' as const,
      paper: 'a4' as const,
      town: 'Jamaica Plain',
      legislator: { name: 'Liz Miranda', title: 'Senator', phone: '617-722-1673' },
    };
    const english = handoutText(massachusetts.text.en, massachusetts.bills, options, 'en');
    expect(english).toContain('I’m a constituent of Senator Liz Miranda and I live in Jamaica Plain.');
    expect(english).toContain('(H.2580 / S.1681)');
    expect(handoutText(congress.text.en, congress.bills, options, 'en')).toContain('before the Senate that I am asking the Senator');
    const spanish = handoutText(congress.text.es ?? '', congress.bills, options, 'es');
    expect(spanish).toContain('en la cámara correspondiente (Senado)');
    // The Spanish explanation says the title in Spanish, never the English word.
    expect(spanish).toContain('le pido a su senador(a) que los copatrocine');
    expect(spanish).not.toContain('Senator');
    const state = { ...options, legislator: { ...options.legislator, titles: { es: 'senador(a) estatal' } } };
    const spanishMa = handoutText(massachusetts.text.es ?? '', massachusetts.bills, state, 'es');
    expect(spanishMa).toContain('Vivo en Jamaica Plain, en el distrito de Liz Miranda, senador(a) estatal.');
    expect(spanishMa).toContain('pedirle a Liz Miranda, senador(a) estatal, que apoye');
    expect(spanishMa).not.toContain('Senator');
    expect(chamberOf({ name: 'A', title: 'State Representative' })).toBe('house');
    expect(chamberOf({ name: 'A', title: 'Rep.', chamber: 'senate' })).toBe('senate');
  });

  it('keeps placeholders it does not know, rather than printing a blank for a typo', () => {
    expect(fillScript('Hi {nmae} {bill:nope}', [], {}, () => '___')).toBe('Hi {nmae} {bill:nope}');
  });
});

describe('choices the documents make', () => {
  it('puts one organization with a website per section on the flyer, nearest the event first', () => {
    expect(defaultFlyerOrganizations(pack, RALLY).map((o) => o.id)).toEqual(['mira-coalition', 'catholic-charities-usa', 'save-the-children', 'nijc']);
    const chicago = { ...RALLY, region: 'chicago' as const, hiddenSections: ['charities'] };
    expect(defaultFlyerOrganizations(pack, chicago).map((o) => o.id)).toEqual(['mira-coalition', 'icirr', 'nijc']);
  });

  it('groups a section by region, the event’s region first', () => {
    const elsewhere = pack.organizations.filter((o) => o.sectionId === 'volunteer-elsewhere');
    const groups = groupByRegion(elsewhere, { ...RALLY, region: 'los-angeles' });
    expect(groups.map((g) => g.region)).toEqual(['los-angeles', 'new-york-city', 'chicago', 'nationwide']);
    const legal = pack.organizations.filter((o) => o.sectionId === 'legal');
    expect(groupByRegion(legal, { ...RALLY, region: 'chicago' }).map((g) => [g.region, g.orgs.map((o) => o.id)])).toEqual([
      ['chicago', ['nijc']],
      ['nationwide', ['nilc', 'immigration-advocates-network', 'aclu-immigrants-rights']],
    ]);
  });

  it('names files after the event, in plain ASCII', () => {
    const event = { ...RALLY, name: 'Marcha por los Inmigrantes — Año 2026' };
    expect(documentFilename({ kind: 'script', language: 'es', paper: 'a4', layout: '2-up' }, event)).toBe(
      'marcha-por-los-inmigrantes-ano-2026-script-es-a4-2up.pdf',
    );
    expect(documentFilename({ kind: 'flyer', language: 'en', paper: 'letter' }, { ...event, name: '¡¡!!' })).toBe('take-action-flyer-en-letter.pdf');
    expect(slugify('x'.repeat(100))).toHaveLength(40);
  });

  it('parses the font files once per process and hands the same fonts to every document', () => {
    expect(pdfFonts(RESOURCES)).toBe(pdfFonts(RESOURCES));
    expect(pdfFonts(RESOURCES).regular.postscriptName).toBe('DejaVuSans');
    expect(pdfFonts(RESOURCES).bold.postscriptName).toBe('DejaVuSans-Bold');
  });
});

describe('text blocks', () => {
  const ts = new Typesetter({
    paper: 'letter',
    language: 'en',
    title: 'test',
    author: 'test',
    createdAt: new Date('2026-11-25T00:00:00Z'),
    fonts: pdfFonts(RESOURCES),
  });
  const style = textStyle('regular', 10, COLORS.ink, 1.3);
  const lines = (count: number) =>
    TextBlock.build(ts, Array.from({ length: count }, (_, i) => ({ runs: [{ text: `Line ${i}`, style }] })), 300, { base: style });

  it('claim their whole height as the minimum when too short to split (2 lines each side)', () => {
    for (const count of [1, 2, 3]) {
      const block = lines(count);
      expect(block.minHeight, `${count} lines`).toBe(block.height);
      expect(block.split(block.height - 1)).toBeNull();
    }
    const four = lines(4);
    expect(four.minHeight).toBeLessThan(four.height);
    expect(four.split(four.minHeight)).not.toBeNull();
  });
});

describe("a handout legislator's title", () => {
  it('is the one the console gave, else the usual translation of the English title, else the English title', () => {
    const senator = { title: 'Senator' };
    expect(legislatorTitle(senator, 'en')).toBe('Senator');
    expect(legislatorTitle(senator, 'es')).toBe('senador(a)');
    expect(legislatorTitle(senator, 'pt-BR')).toBe('senador(a)');
    expect(legislatorTitle({ title: 'State Senator' }, 'vi')).toBe('Thượng nghị sĩ tiểu bang');
    expect(legislatorTitle({ title: 'Resident Commissioner' }, 'ht')).toBe('komisè rezidan');
    expect(legislatorTitle({ ...senator, titles: { 'pt-BR': 'senadora' } }, 'pt-BR')).toBe('senadora');
    // A title the console never offers stays as it was given.
    expect(legislatorTitle({ title: 'Alderperson' }, 'vi')).toBe('Alderperson');
  });
});
