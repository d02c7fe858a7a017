-- Sealed sign-ups (src/core/vault). A sign-up's personal part (names, email, phone, ZIP, language,
-- event, exact time, chosen organizations, consent records) is one sealed box, readable only with
-- the data steward's key. Plain beside it is only what counting, deduplicating retries and
-- merging kiosks need: the row's UUID, the kiosk's retry id (a random UUID), the UTC hour, which
-- key sealed it and the box's format.
CREATE TABLE vault_keys (
  key_id       TEXT PRIMARY KEY,
  -- X25519, raw 32 bytes in base64url.
  public_key   TEXT NOT NULL,
  -- The private half wrapped by the passphrase and by the recovery code (vault/wrap.ts).
  wrapped_json TEXT,
  created_at   TEXT NOT NULL,
  active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX vault_keys_one_active ON vault_keys (active) WHERE active = 1;

CREATE TABLE sealed_signups (
  id           TEXT PRIMARY KEY,
  client_id    TEXT UNIQUE,
  created_hour TEXT NOT NULL,
  key_id       TEXT NOT NULL,
  format       INTEGER NOT NULL,
  box          BLOB NOT NULL
) STRICT;

-- People deleted on purpose: a restore or a merge never brings them back. Ids only.
CREATE TABLE deleted_signups (
  id         TEXT PRIMARY KEY,
  deleted_at TEXT NOT NULL
) STRICT;
