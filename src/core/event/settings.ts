/** The current event's settings, stored as one validated JSON document. */
import type Database from 'better-sqlite3';
import { DEFAULT_IDLE_SECONDS, EventSettings } from '../../common/event';
import { newId } from '../clock';

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
    hiddenSections: [],
    signupMode: 'standard',
  };
}

export function readCurrentEvent(db: Database.Database): EventSettings | null {
  const row = db
    .prepare(
      `SELECT e.settings_json AS json FROM events e
       JOIN app_state s ON s.key = ? AND s.value = e.id`,
    )
    .get(CURRENT_EVENT_KEY) as { json: string } | undefined;
  return row ? EventSettings.parse(JSON.parse(row.json)) : null;
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
