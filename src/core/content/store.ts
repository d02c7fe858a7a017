/**
 * The active content pack lives in the database (organizers can import their own); the default
 * pack from data/ is installed on first run.
 */
import type Database from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import { ContentPack, LANGUAGES, type Language, type TranslationReview } from '../../common/content';
import { SOURCE_LANGUAGE } from '../../common/languages';
import { packTexts, withTranslations } from '../../common/pack-texts';
import { shippedPackTexts, shippedReview } from '../i18n/catalogs';
import defaultPackJson from '../../../data/content/default-pack.json';
import { newId } from '../clock';

/**
 * The pack shipped in data/ (English and Spanish), with the other languages' texts from their
 * folders (src/locales/<code>/pack.json) and each language's review status (review.json).
 */
export function defaultPack(): ContentPack {
  let pack: unknown = defaultPackJson;
  const review: Partial<Record<Language, TranslationReview>> = {};
  for (const language of LANGUAGES) {
    const texts = shippedPackTexts(language);
    if (texts) pack = withTranslations(pack, language, texts).pack;
    const shipped = shippedReview(language);
    const status = shipped?.catalogs.pack;
    if (status && language !== SOURCE_LANGUAGE) review[language] = shipped.note ? { note: shipped.note, ...status } : status;
  }
  return ContentPack.parse({ ...(pack as object), review });
}

export function installPack(db: Database.Database, pack: ContentPack, importedAt: string): void {
  db.transaction(() => {
    db.prepare('UPDATE content_packs SET active = 0 WHERE active = 1').run();
    db.prepare(
      `INSERT INTO content_packs (id, pack_id, version, as_of, json, imported_at, active)
       VALUES (?, ?, ?, ?, ?, ?, 1)`,
    ).run(newId(), pack.id, pack.version, pack.asOf, JSON.stringify(pack), importedAt);
  })();
}

export function readActivePack(db: Database.Database): ContentPack | null {
  const row = db.prepare('SELECT json FROM content_packs WHERE active = 1').get() as { json: string } | undefined;
  return row ? ContentPack.parse(JSON.parse(row.json)) : null;
}

/**
 * A kiosk set up before a language was added still shows the default pack it installed then. If
 * that pack is the shipped default in every language it has (no organizer edited or replaced it),
 * the shipped default with its new languages takes its place at start-up; an edited pack stays.
 */
export function isUntouchedDefault(active: ContentPack, shipped: ContentPack): boolean {
  const { review: _activeReview, ...mine } = active;
  const { review: _shippedReview, ...theirs } = structuredClone(shipped);
  const myTexts = new Map(packTexts(mine).map((entry) => [entry.key, entry.text]));
  for (const { key, text } of packTexts(theirs)) {
    for (const language of LANGUAGES) if (myTexts.get(key)?.[language] === undefined) delete text[language];
  }
  return isDeepStrictEqual(mine, theirs);
}

/** Keeps the parsed active pack in memory; the database stays the source of truth. */
export class ContentStore {
  private cached: ContentPack | null = null;

  constructor(private readonly db: Database.Database) {}

  ensureInstalled(importedAt: string): void {
    const active = readActivePack(this.db);
    const shipped = defaultPack();
    if (!active || (!isDeepStrictEqual(active, shipped) && isUntouchedDefault(active, shipped))) installPack(this.db, shipped, importedAt);
  }

  active(): ContentPack {
    this.cached ??= readActivePack(this.db);
    if (!this.cached) throw new Error('No content pack is installed');
    return this.cached;
  }

  replace(pack: ContentPack, importedAt: string): void {
    installPack(this.db, pack, importedAt);
    this.cached = pack;
  }

  /** Forgets the cached pack after the database's contents were replaced (backup restore). */
  reload(): void {
    this.cached = null;
  }
}
