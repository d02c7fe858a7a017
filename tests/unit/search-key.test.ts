import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/db/open';
import { shippedMigrations } from '../../src/core/db/migrate';
import { foldForSearch, searchKey } from '../../src/core/signups/search-key';
import { tempDir } from './helpers';

describe('search keys', () => {
  it('fold case, accents and compatibility forms', () => {
    expect(foldForSearch('José Ángel NÚÑEZ')).toBe('jose angel nunez');
    expect(foldForSearch('Nguyễn Zoë Çelik')).toBe('nguyen zoe celik');
    expect(foldForSearch('ＡＢＣ')).toBe('abc');
    expect(searchKey('Ana', null, undefined, '  ', 'ana@example.org', '02130')).toBe('ana ana@example.org 02130');
  });

  it('are filled for sign-ups saved before the search key existed, when the database is upgraded', () => {
    const dir = tempDir();
    const before = shippedMigrations().filter((m) => m.version < 3);
    const old = openStore(dir, { migrations: before });
    old.db.prepare("INSERT INTO events (id, settings_json, created_at, updated_at) VALUES ('e', '{}', 'now', 'now')").run();
    old.db
      .prepare("INSERT INTO signups (id, event_id, created_at, language, first_name, last_name, email) VALUES ('s', 'e', 'now', 'es', 'Mónica', 'Ibáñez', 'mi@example.org')")
      .run();
    old.db.close();

    const upgraded = openStore(dir);
    expect(upgraded.migrationsApplied).toContain(3);
    const row = upgraded.db.prepare('SELECT search_key FROM signups').get() as { search_key: string };
    upgraded.db.close();
    expect(row.search_key).toBe('monica ibanez mi@example.org');
  });
});
