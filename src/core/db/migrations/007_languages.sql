-- More languages (issue 17): the kiosk speaks English, Spanish, Brazilian Portuguese, Haitian
-- Creole and Vietnamese, and a language is added with catalogs, not with a schema change. The
-- unsealed sign-ups and consent records kept `CHECK (language IN ('en', 'es'))`, which SQLite
-- cannot alter, so both tables are rebuilt with SQLite's twelve steps ("Making Other Kinds Of
-- Table Schema Changes", https://www.sqlite.org/lang_altertable.html#otheralter). migrate.ts
-- does steps 1-2 and 10-12 for every migration: foreign keys off around the transaction (else
-- dropping `signups` would cascade-delete every consent), and a foreign_key_check before commit.
-- Core checks a language against the app's list; the column keeps a plain sanity check.
-- Every row is kept as it is, and with it the indexes (steps 3 and 8; no trigger or view uses
-- these tables).

-- Steps 4-5: the new tables, filled from the old ones.
CREATE TABLE new_signups (
  id         TEXT PRIMARY KEY,
  client_id  TEXT UNIQUE,
  event_id   TEXT NOT NULL REFERENCES events (id),
  created_at TEXT NOT NULL,
  language   TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 16),
  first_name TEXT NOT NULL,
  last_name  TEXT,
  email      TEXT,
  phone      TEXT,
  zip        TEXT,
  search_key TEXT NOT NULL DEFAULT '',
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
) STRICT;
INSERT INTO new_signups (id, client_id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key)
  SELECT id, client_id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key FROM signups;

CREATE TABLE new_consents (
  id              TEXT PRIMARY KEY,
  signup_id       TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('email', 'sms', 'share')),
  organization_id TEXT,
  granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
  text            TEXT NOT NULL,
  language        TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 16),
  recorded_at     TEXT NOT NULL,
  method          TEXT NOT NULL,
  CHECK ((kind = 'share') = (organization_id IS NOT NULL))
) STRICT;
INSERT INTO new_consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
  SELECT id, signup_id, kind, organization_id, granted, text, language, recorded_at, method FROM consents;

-- Steps 6-7: the old tables go, the new ones take their names. signup_organizations and
-- new_consents name `signups`, and so refer to the new table once it is renamed.
DROP TABLE consents;
DROP TABLE signups;
ALTER TABLE new_signups RENAME TO signups;
ALTER TABLE new_consents RENAME TO consents;

-- Step 8: the indexes the old tables had (003 dropped the name indexes).
CREATE INDEX signups_created_at ON signups (created_at);
CREATE INDEX consents_signup ON consents (signup_id);

-- Reviewers' corrections to the shipped catalogs (src/core/i18n/review.ts): a native speaker's
-- text for a key, and whether they reviewed it. The content pack's own texts are corrected in the
-- pack itself. Keyed by language, catalog and key, so a restore merges them like any record.
CREATE TABLE translation_corrections (
  language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 16),
  catalog     TEXT NOT NULL,
  key         TEXT NOT NULL,
  text        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('not-reviewed', 'reviewed')),
  imported_at TEXT NOT NULL,
  PRIMARY KEY (language, catalog, key)
) STRICT, WITHOUT ROWID;
