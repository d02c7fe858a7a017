-- The first schema: event, sign-ups with their organizations and consent records, content packs,
-- and the organizer's PIN state. Times are UTC ISO-8601 text; ids are UUIDs.

CREATE TABLE app_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
  id            TEXT PRIMARY KEY,
  settings_json TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE content_packs (
  id          TEXT PRIMARY KEY,
  pack_id     TEXT NOT NULL,
  version     TEXT NOT NULL,
  as_of       TEXT NOT NULL,
  json        TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX content_packs_one_active ON content_packs (active) WHERE active = 1;

CREATE TABLE signups (
  id         TEXT PRIMARY KEY,
  client_id  TEXT UNIQUE,
  event_id   TEXT NOT NULL REFERENCES events (id),
  created_at TEXT NOT NULL,
  language   TEXT NOT NULL CHECK (language IN ('en', 'es')),
  first_name TEXT NOT NULL,
  last_name  TEXT,
  email      TEXT,
  phone      TEXT,
  zip        TEXT,
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
) STRICT;
CREATE INDEX signups_created_at ON signups (created_at);
CREATE INDEX signups_first_name ON signups (first_name COLLATE NOCASE);
CREATE INDEX signups_last_name ON signups (last_name COLLATE NOCASE);

CREATE TABLE signup_organizations (
  signup_id         TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
  organization_id   TEXT NOT NULL,
  -- The name as shown when the person chose it: the pack may change later.
  organization_name TEXT NOT NULL,
  PRIMARY KEY (signup_id, organization_id)
) STRICT;
CREATE INDEX signup_organizations_org ON signup_organizations (organization_id);

CREATE TABLE consents (
  id              TEXT PRIMARY KEY,
  signup_id       TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('email', 'sms', 'share')),
  organization_id TEXT,
  granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
  text            TEXT NOT NULL,
  language        TEXT NOT NULL CHECK (language IN ('en', 'es')),
  recorded_at     TEXT NOT NULL,
  method          TEXT NOT NULL,
  CHECK ((kind = 'share') = (organization_id IS NOT NULL))
) STRICT;
CREATE INDEX consents_signup ON consents (signup_id);
