/**
 * Every letter of every shipped language has a glyph where it is drawn: on screen in the kiosk's
 * font or its declared, bundled fallback (read from the stylesheets the renderer loads, the way
 * the browser picks a face: family by family, by unicode-range, then by the glyphs the file has),
 * and in the PDFs' font. Vietnamese stacks two diacritics on one letter (ệ, ở, ữ): Atkinson
 * Hyperlegible has none of them, so Vietnamese is set in Noto Sans (fonts.css, styles.css).
 */
import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CATALOG_NAMES, flatten, type Catalog } from '../../src/common/catalog';
import { LANGUAGES, languageName, type Language } from '../../src/common/languages';
import { packTexts } from '../../src/common/pack-texts';
import { defaultPack } from '../../src/core/content/store';

interface Face {
  family: string;
  weight: number;
  file: string;
  ranges: [number, number][];
}

const read = (file: string) => fs.readFileSync(file, 'utf8');
const fonts = new Map<string, Font>();
function font(file: string): Font {
  let parsed = fonts.get(file);
  if (!parsed) {
    parsed = create(new Uint8Array(fs.readFileSync(file))) as Font;
    fonts.set(file, parsed);
  }
  return parsed;
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]; no range means every character. */
function ranges(value: string | undefined): [number, number][] {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** The @font-face rules of a stylesheet, with their files resolved like the bundler does. */
function faces(cssFile: string): Face[] {
  const css = read(cssFile);
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const get = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim();
    const url = /url\(['"]?([^'")]+\.woff2)['"]?\)/.exec(get('src') ?? '')?.[1] ?? '';
    const file = url.startsWith('.') ? path.resolve(path.dirname(cssFile), url) : path.resolve('node_modules', url);
    return { family: (get('font-family') ?? '').replace(/['"]/g, ''), weight: Number(get('font-weight')), file, ranges: ranges(get('unicode-range')) };
  });
}

/** The stylesheets main.tsx imports: Atkinson Hyperlegible's and our fallback's. */
function kioskFaces(): Face[] {
  const main = read('src/renderer/main.tsx');
  return [...main.matchAll(/import '([^']+\.css)'/g)]
    .map(([, spec = '']) => (spec.startsWith('.') ? path.resolve('src/renderer', spec) : path.resolve('node_modules', spec)))
    .filter((file) => !file.endsWith('styles.css'))
    .flatMap(faces);
}

/** The font-family of a rule in styles.css (":root", ":lang(vi)"). */
function stack(selector: string): string[] {
  const css = read('src/renderer/styles.css');
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  const families = /font-family:\s*([^;]+);/.exec(block)?.[1] ?? '';
  return families.split(',').map((f) => f.trim().replace(/['"]/g, ''));
}

/** Every text a language ships: its catalogs, its default-pack texts and its own name. */
function shippedTexts(language: Language): [where: string, text: string][] {
  const catalogs = CATALOG_NAMES.flatMap((name) => {
    const file = `src/locales/${language}/${name}.json`;
    return fs.existsSync(file) ? [...flatten(JSON.parse(read(file)) as Catalog)].map(([key, text]): [string, string] => [`${name}:${key}`, text]) : [];
  });
  const pack = packTexts(defaultPack()).flatMap(({ key, text }): [string, string][] => (text[language] ? [[`pack:${key}`, text[language]]] : []));
  return [...catalogs, ...pack, ['name', languageName(language)]];
}

const characters = (text: string) => [...new Set(text)].filter((c) => !/\s/.test(c));
const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('the kiosk font and its fallback', () => {
  const all = kioskFaces();

  it('are bundled files, declared for regular and bold, the fallback covering Vietnamese', () => {
    expect(new Set(all.map((f) => f.family))).toEqual(new Set(['Atkinson Hyperlegible', 'Noto Sans']));
    for (const face of all) expect(fs.existsSync(face.file), face.file).toBe(true);
    expect(stack(':root').slice(0, 2)).toEqual(['Atkinson Hyperlegible', 'Noto Sans']);
    expect(stack(':lang(vi)')[0]).toBe('Noto Sans');
  });

  it.each(LANGUAGES)('draw every letter of %s, regular and bold', (language) => {
    const families = stack(language === 'vi' ? ':lang(vi)' : ':root').filter((family) => all.some((f) => f.family === family));
    const missing = new Set<string>();
    for (const weight of [400, 700]) {
      for (const [where, text] of shippedTexts(language)) {
        for (const c of characters(text)) {
          const code = c.codePointAt(0) ?? 0;
          const drawn = families.some((family) =>
            all.some((face) => face.family === family && face.weight === weight && face.ranges.some(([a, b]) => code >= a && code <= b) && font(face.file).hasGlyphForCodePoint(code)),
          );
          if (!drawn) missing.add(`${c} ${hex(c)} (${weight}, first in ${where})`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('leaves Vietnamese letters to the fallback: Atkinson Hyperlegible has no ệ, ơ, ư', () => {
    const atkinson = all.filter((f) => f.family === 'Atkinson Hyperlegible');
    for (const c of ['ệ', 'ơ', 'ư']) expect(atkinson.some((f) => font(f.file).hasGlyphForCodePoint(c.codePointAt(0) ?? 0)), c).toBe(false);
  });
});

describe('the PDF font (DejaVu Sans, regular and bold)', () => {
  it.each(LANGUAGES)('draws every letter of %s', (language) => {
    const missing = new Set<string>();
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
      const pdfFont = font(path.resolve('resources/fonts', file));
      for (const [where, text] of shippedTexts(language)) {
        for (const c of characters(text)) if (!pdfFont.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)) missing.add(`${c} ${hex(c)} (${file}, first in ${where})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
