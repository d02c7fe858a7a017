/**
 * The shipped translations from the command line (run with vite-node, like the other scripts):
 *
 *   npx vite-node scripts/translations.ts missing [language]     what is not translated yet
 *   npx vite-node scripts/translations.ts export <language> [file.csv]
 *   npx vite-node scripts/translations.ts import <language> <file.csv>
 *
 * `export` writes the same review file as the console (key, English, translation, status), for
 * the shipped catalogs and the default pack; a text not translated yet has an empty translation
 * and the status "missing". `import` checks a filled-in file as the console does (every row of
 * each part it covers, placeholders kept, statuses known) and writes it into
 * src/locales/<language>/ (catalogs in the English files' order, pack.json, and review.json's
 * reviewed keys). This is how keys that others added in English (and Spanish) get translated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CATALOG_NAMES, unflatten, type CatalogName } from '../src/common/catalog';
import type { TranslationReview } from '../src/common/content';
import { isLanguage, LANGUAGES, SOURCE_LANGUAGE, type Language } from '../src/common/languages';
import { defaultPack } from '../src/core/content/store';
import { shippedCatalog, shippedPackTexts, shippedReview } from '../src/core/i18n/catalogs';
import { reviewEntries, type ReviewEntry } from '../src/core/i18n/review-entries';
import { readReviewFile, reviewFile, type ReviewedRow } from '../src/core/i18n/review-file';

const LOCALES = path.resolve('src/locales');

function entries(language: Language): ReviewEntry[] {
  return reviewEntries(language, defaultPack(), []);
}

function missing(languages: Language[]): number {
  let count = 0;
  for (const language of languages) {
    for (const entry of entries(language).filter((e) => e.status === 'missing')) {
      console.log(`${language}\t${entry.part}:${entry.key}\t${entry.english}`);
      count += 1;
    }
  }
  console.error(count === 0 ? 'Every text is translated.' : `${count} texts to translate.`);
  return count;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The catalog with the file's texts, in the English catalog's key order. */
function mergedCatalog(language: Language, catalog: CatalogName, rows: ReviewedRow[]) {
  const texts = new Map(shippedCatalog(language, catalog));
  for (const row of rows) texts.set(row.entry.key, row.text);
  return unflatten([...shippedCatalog(SOURCE_LANGUAGE, catalog).keys()].flatMap((key): [string, string][] => (texts.has(key) ? [[key, texts.get(key) ?? '']] : [])));
}

/** The part's review: reviewed if every text is, else the keys that are. */
function partReview(before: TranslationReview | undefined, rows: ReviewedRow[], total: number): TranslationReview {
  const reviewed = rows.filter((row) => row.status === 'reviewed').map((row) => row.entry.key);
  const note = before?.note ? { note: before.note } : {};
  return reviewed.length === total ? { status: 'reviewed', ...note } : { status: 'not-reviewed', ...(reviewed.length > 0 ? { reviewedKeys: reviewed } : {}), ...note };
}

function importFile(language: Language, file: string): void {
  const all = entries(language);
  const rows = readReviewFile(fs.readFileSync(file, 'utf8'), all);
  const folder = path.join(LOCALES, language);
  const review = shippedReview(language) ?? { catalogs: {} };
  for (const part of [...CATALOG_NAMES, 'pack' as const]) {
    const mine = rows.filter((row) => row.entry.part === part);
    if (mine.length === 0) continue;
    if (part === 'pack') {
      if (language === 'es') throw new Error('Spanish pack texts live in data/content/default-pack.json: correct them there.');
      writeJson(path.join(folder, 'pack.json'), { ...shippedPackTexts(language), ...Object.fromEntries(mine.map((row) => [row.entry.key, row.text])) });
    } else {
      writeJson(path.join(folder, `${part}.json`), mergedCatalog(language, part, mine));
    }
    review.catalogs[part] = partReview(review.catalogs[part], mine, all.filter((e) => e.part === part).length);
    console.error(`${language}/${part}: ${mine.length} texts written`);
  }
  writeJson(path.join(folder, 'review.json'), review);
}

function languageArg(value: string | undefined): Language {
  if (!isLanguage(value) || value === SOURCE_LANGUAGE) throw new Error(`Name a language to translate into: ${LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE).join(', ')}`);
  return value;
}

const [command, language, file] = process.argv.slice(2);
if (command === 'missing') {
  process.exitCode = missing(language ? [languageArg(language)] : LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE)) > 0 ? 1 : 0;
} else if (command === 'export') {
  const target = languageArg(language);
  const review = reviewFile(target, entries(target), new Date());
  fs.writeFileSync(file ?? review.filename, review.csv);
  console.error(`Wrote ${file ?? review.filename}: ${review.rows} texts.`);
} else if (command === 'import' && file) {
  importFile(languageArg(language), file);
} else {
  console.error('Usage: translations.ts missing [language] | export <language> [file.csv] | import <language> <file.csv>');
  process.exitCode = 2;
}
