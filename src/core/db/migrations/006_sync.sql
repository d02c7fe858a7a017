-- Many kiosks, one list (src/core/sync). Each sealed row and call tally remembers the kiosk it came
-- from (NULL: written here before this computer had a kiosk id, so it is this computer's own).
ALTER TABLE sealed_signups ADD COLUMN kiosk_id TEXT;
ALTER TABLE call_tallies ADD COLUMN kiosk_id TEXT;

-- The steward's computer: every kiosk it has taken rows from, with the key it signs with (pinned the
-- first time: a later bundle signed by another key under the same id is refused).
CREATE TABLE sync_kiosks (
  kiosk_id      TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  public_key    TEXT NOT NULL,
  first_seen    TEXT NOT NULL,
  last_seen     TEXT NOT NULL,
  rows_received INTEGER NOT NULL DEFAULT 0,
  rows_waiting  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Rows that came with an id already here but other bytes: the row here stays; the newcomer is kept
-- aside (sealed, as it came) for someone to look at, never merged.
CREATE TABLE sync_conflicts (
  id          TEXT NOT NULL,
  digest      TEXT NOT NULL,
  kiosk_id    TEXT NOT NULL,
  box         BLOB NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (id, digest)
) STRICT;

-- A kiosk: the rows and tallies the steward's computer has confirmed, so they are not sent again.
CREATE TABLE sync_pushed (
  id        TEXT PRIMARY KEY,
  pushed_at TEXT NOT NULL
) STRICT;
