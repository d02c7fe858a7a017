-- Legislator data imported by an organizer (fresher than the file shipped in data/legislators/).
-- One row per import, the whole converted data set as JSON; the active one is used. The previous
-- import is kept (one row) so a bad-but-valid refresh can be undone by hand.

CREATE TABLE legislator_datasets (
  id             TEXT PRIMARY KEY,
  format_version INTEGER NOT NULL,
  newest_as_of   TEXT NOT NULL,
  json           TEXT NOT NULL,
  report_json    TEXT NOT NULL,
  imported_at    TEXT NOT NULL,
  active         INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX legislator_datasets_one_active ON legislator_datasets (active) WHERE active = 1;
