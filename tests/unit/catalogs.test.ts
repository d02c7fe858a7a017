/**
 * Every language's catalogs (src/locales/<code>/*.json) and the default content pack: the same
 * keys as English, with the same placeholders, translated, in precomposed Unicode, and with a
 * review status. A key someone adds in English (and Spanish) fails here with its name, language
 * and catalog until it is translated: `npx vite-node scripts/translations.ts missing` lists them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_NAMES, flatten, placeholders, type Catalog, type CatalogName } from '../../src/common/catalog';
import { REVIEW_STATUSES, TranslationReview } from '../../src/common/content';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../src/common/languages';
import { packTexts } from '../../src/common/pack-texts';
import { defaultPack } from '../../src/core/content/store';
import { catalogs } from '../../src/renderer/i18n/catalogs';
import { preselectedMethod } from '../../src/core/signups/create';

const LOCALES = path.resolve('src/locales');
const TRANSLATIONS = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);

function readCatalog(language: Language, name: string): Map<string, string> | null {
  const file = path.join(LOCALES, language, `${name}.json`);
  return fs.existsSync(file) ? flatten(JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog) : null;
}

const english = Object.fromEntries(CATALOG_NAMES.map((name) => [name, readCatalog(SOURCE_LANGUAGE, name) ?? new Map<string, string>()])) as Record<CatalogName, Map<string, string>>;

/** Keys that may read the same as in English: names, symbols, and words some languages share. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  all: [
    'kiosk/regions.massachusetts',
    'kiosk/regions.chicago',
    'kiosk/keyboard.accents',
    'kiosk/keyboard.letters',
    'console/pin.placeholder',
    'print/papers.a4',
    'console/content.inLanguage',
    // The organizing tools' own names.
    'console/export.formats.action-network.name',
    'console/export.formats.nationbuilder.name',
    'console/export.formats.mobilize.name',
    'documents/regions.massachusetts',
    'documents/regions.chicago',
  ],
  // City names Portuguese and Vietnamese write as English does; "Email" is the Vietnamese word too.
  'pt-BR': ['kiosk/regions.los-angeles', 'documents/regions.los-angeles'],
  vi: ['kiosk/regions.los-angeles', 'documents/regions.los-angeles', 'documents/columnEmail'],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the catalogs', () => {
  it('exist for every language, and every language has every English key (and no other)', () => {
    const problems: string[] = [];
    for (const language of TRANSLATIONS) {
      for (const name of CATALOG_NAMES) {
        const catalog = readCatalog(language, name);
        if (!catalog) {
          problems.push(`${language}/${name}.json is missing`);
          continue;
        }
        for (const key of english[name].keys()) if (!catalog.has(key)) problems.push(`${language}/${name}: missing ${key}`);
        for (const key of catalog.keys()) if (!english[name].has(key)) problems.push(`${language}/${name}: ${key} is not in English`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep the placeholders of the English text, write precomposed letters, and leave nothing blank', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const name of CATALOG_NAMES) {
        for (const [key, text] of readCatalog(language, name) ?? []) {
          const source = english[name].get(key);
          const where = `${language}/${name}: ${key}`;
          if (!text.trim()) problems.push(`${where} is blank`);
          if (text !== text.normalize('NFC')) problems.push(`${where} is not NFC`);
          if (source !== undefined && placeholders(source).join() !== placeholders(text).join()) {
            problems.push(`${where} has ${placeholders(text).join(' ') || 'no placeholders'}, English has ${placeholders(source).join(' ')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('translate every text; only names and symbols may read the same as English', () => {
    const same: string[] = [];
    for (const language of TRANSLATIONS) {
      const allowed = new Set([...(SAME_AS_ENGLISH.all ?? []), ...(SAME_AS_ENGLISH[language] ?? [])]);
      for (const name of CATALOG_NAMES) {
        for (const [key, text] of readCatalog(language, name) ?? []) {
          if (text === english[name].get(key) && !allowed.has(`${name}/${key}`)) same.push(`${language}/${name}: ${key}`);
        }
      }
    }
    expect(same).toEqual([]);
  });

  it('say for every catalog of every language whether a native speaker reviewed it', () => {
    const problems: string[] = [];
    for (const language of TRANSLATIONS) {
      const file = path.join(LOCALES, language, 'review.json');
      if (!fs.existsSync(file)) {
        problems.push(`${language}/review.json is missing`);
        continue;
      }
      const review = JSON.parse(fs.readFileSync(file, 'utf8')) as { catalogs: Record<string, unknown> };
      for (const name of [...CATALOG_NAMES, 'pack']) {
        const parsed = TranslationReview.safeParse(review.catalogs[name]);
        if (!parsed.success) problems.push(`${language}/review.json: ${name} needs a status (${REVIEW_STATUSES.join(' or ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are what the screens load, for every language', () => {
    for (const language of LANGUAGES) {
      const bundle = flatten(catalogs[language]);
      expect(bundle.get('home.heading'), language).toBe(readCatalog(language, 'kiosk')?.get('home.heading'));
      expect(bundle.get('console.vault.heading'), language).toBe(readCatalog(language, 'vault')?.get('heading'));
    }
  });

  it('contain every key the screens ask for', () => {
    const keys = flatten(catalogs.en);
    const plural = (k: string) => keys.has(`${k}_one`) && keys.has(`${k}_other`);
    const missing: string[] = [];
    for (const file of sourceFiles(path.resolve('src/renderer'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        const key = match[1] ?? '';
        if (!keys.has(key) && !plural(key)) missing.push(`${path.basename(file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the default content pack', () => {
  const pack = defaultPack();
  const texts = packTexts(pack);

  it('has every text in every language, with the placeholders of the English one', () => {
    const problems: string[] = [];
    for (const { key, text } of texts) {
      for (const language of TRANSLATIONS) {
        const translation = text[language];
        if (translation === undefined) problems.push(`${language}: missing ${key}`);
        else if (placeholders(translation).join() !== placeholders(text.en).join()) problems.push(`${language}: ${key} changes the placeholders`);
        else if (translation !== translation.normalize('NFC')) problems.push(`${language}: ${key} is not NFC`);
      }
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('has no translation for a text it does not have (a renamed id would leave one behind)', () => {
    const keys = new Set(texts.map((t) => t.key));
    const stale = TRANSLATIONS.flatMap((language) => {
      const file = path.join(LOCALES, language, 'pack.json');
      if (!fs.existsSync(file)) return [];
      return Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')) as object).filter((key) => !keys.has(key)).map((key) => `${language}: ${key}`);
    });
    expect(stale).toEqual([]);
  });

  it('says for every language whether a native speaker reviewed its texts', () => {
    for (const language of TRANSLATIONS) expect(pack.review?.[language]?.status, language).toMatch(/^(not-reviewed|reviewed)$/);
  });
});

describe('the consent record of a box ticked from an organization page', () => {
  it("quotes the page's button as the person saw it, in their language", () => {
    for (const language of LANGUAGES) {
      const button = readCatalog(language, 'kiosk')?.get('organization.keepMeInformed');
      expect(button, language).toBeTruthy();
      expect(preselectedMethod(language)).toBe(`kiosk checkbox, ticked by choosing '${button ?? ''}' on the organization's page (${language} screen) and left ticked`);
    }
  });
});
