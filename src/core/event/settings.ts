/** The current event's settings, stored as one validated JSON document. */
import type Database from 'better-sqlite3';
import { LANGUAGES, type ContentPack } from '../../common/content';
import type { FieldIssue } from '../../common/errors';
import { DEFAULT_CALL_IDLE_SECONDS, DEFAULT_IDLE_SECONDS, EventSettings, IDLE_SECONDS_MAX, type EventPatch } from '../../common/event';
import { newId } from '../clock';
import { AppError } from '../errors';
import { sentence } from '../messages';

const CURRENT_EVENT_KEY = 'current_event_id';

export function defaultEvent(): EventSettings {
  return {
    id: newId(),
    name: 'Take Action for Immigrants',
    date: null,
    place: null,
    region: 'massachusetts',
    idleSeconds: DEFAULT_IDLE_SECONDS,
    defaultLanguage: 'en',
    languages: [...LANGUAGES],
    hiddenSections: [],
    signupMode: 'standard',
    showCallCount: true,
    names: {},
    startTime: null,
    callIdleSeconds: DEFAULT_CALL_IDLE_SECONDS,
    hiddenOrganizations: [],
    featuredOrganizations: [],
  };
}

/**
 * Every sign-up reads the event; parsing and validating its JSON each time was a tenth of a
 * sign-up's time. The row is still read every time (so a restore or update is seen at once); the
 * parsed settings are reused while its text is unchanged, frozen so no caller can change them.
 */
interface EventReader {
  statement: Database.Statement<[string], { json: string }>;
  json?: string;
  settings?: EventSettings;
}
const readers = new WeakMap<Database.Database, EventReader>();

export function readCurrentEvent(db: Database.Database): EventSettings | null {
  let reader = readers.get(db);
  if (!reader) {
    reader = {
      statement: db.prepare(
        `SELECT e.settings_json AS json FROM events e
         JOIN app_state s ON s.key = ? AND s.value = e.id`,
      ),
    };
    readers.set(db, reader);
  }
  const row = reader.statement.get(CURRENT_EVENT_KEY);
  if (!row) return null;
  if (row.json !== reader.json || !reader.settings) {
    const stored = JSON.parse(row.json) as { idleSeconds?: unknown };
    // Saved when the limit was 600 s: shortened to today's limit, not refused.
    if (typeof stored.idleSeconds === 'number' && stored.idleSeconds > IDLE_SECONDS_MAX) stored.idleSeconds = IDLE_SECONDS_MAX;
    const settings = EventSettings.parse(stored);
    Object.freeze(settings.hiddenSections);
    Object.freeze(settings.hiddenOrganizations);
    Object.freeze(settings.featuredOrganizations);
    Object.freeze(settings.names);
    Object.freeze(settings.languages);
    reader.settings = Object.freeze(settings);
    reader.json = row.json;
  }
  return reader.settings;
}

export function saveEvent(db: Database.Database, event: EventSettings, at: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO events (id, settings_json, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`,
    ).run(event.id, JSON.stringify(event), at, at);
    db.prepare(
      'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(CURRENT_EVENT_KEY, event.id);
  })();
}

export function ensureEvent(db: Database.Database, at: string): EventSettings {
  const existing = readCurrentEvent(db);
  if (existing) return existing;
  const event = defaultEvent();
  saveEvent(db, event, at);
  return event;
}

/** Ids in a patch's list that the active pack does not have, as field issues. */
function unknownIds(ids: readonly string[] | undefined, known: Set<string>, field: string, what: string): FieldIssue[] {
  return (ids ?? []).flatMap((id, i) => (known.has(id) ? [] : [{ path: `${field}.${i}`, reason: `no ${what} "${id}" in the content` }]));
}

/**
 * Applies an organizer's change to the current event. Hidden sections and hidden or featured
 * organizations must exist in the active content pack: a typo would otherwise hide nothing,
 * silently. An organization is featured or hidden, never both.
 */
export function updateEvent(
  db: Database.Database,
  patch: EventPatch,
  context: { pack: ContentPack; at: string },
): EventSettings {
  const current = readCurrentEvent(db);
  if (!current) throw new Error('No current event');
  const sections = new Set(context.pack.sections.map((s) => s.id));
  const organizations = new Set(context.pack.organizations.map((o) => o.id));
  const hidden = patch.hiddenOrganizations ?? current.hiddenOrganizations;
  const featured = patch.featuredOrganizations ?? current.featuredOrganizations;
  const issues: FieldIssue[] = [
    ...unknownIds(patch.hiddenSections, sections, 'hiddenSections', 'section'),
    ...unknownIds(patch.hiddenOrganizations, organizations, 'hiddenOrganizations', 'organization'),
    ...unknownIds(patch.featuredOrganizations, organizations, 'featuredOrganizations', 'organization'),
    ...featured.flatMap((id, i) => (hidden.includes(id) ? [{ path: `featuredOrganizations.${i}`, reason: `"${id}" is hidden at this event` }] : [])),
  ];
  // In the app's order, each once: the start screen shows them so.
  const languages = patch.languages ? LANGUAGES.filter((l) => patch.languages?.includes(l)) : current.languages;
  const defaultLanguage = patch.defaultLanguage ?? current.defaultLanguage;
  const languageOffered = languages.includes(defaultLanguage);
  if (!languageOffered) {
    issues.push({ path: patch.defaultLanguage ? 'defaultLanguage' : 'languages', reason: `the default language "${defaultLanguage}" must be one the kiosk offers` });
  }
  if (issues.length > 0) {
    const detail = issues.map((i) => `${i.path}: ${i.reason}`).join('; ');
    throw new AppError('invalid_argument', sentence(languageOffered ? 'eventNotSaved' : 'eventLanguagesNotSaved', { detail }), { issues });
  }
  const unique = (list: readonly string[] | undefined, fallback: readonly string[]) => (list ? [...new Set(list)] : [...fallback]);
  const next = EventSettings.parse({
    ...current,
    ...patch,
    hiddenSections: unique(patch.hiddenSections, current.hiddenSections),
    hiddenOrganizations: unique(patch.hiddenOrganizations, current.hiddenOrganizations),
    featuredOrganizations: unique(patch.featuredOrganizations, current.featuredOrganizations),
    languages,
    id: current.id,
  });
  saveEvent(db, next, context.at);
  return next;
}
