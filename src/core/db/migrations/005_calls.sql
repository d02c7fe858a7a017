-- The call tally (issue 16): one row per call a visitor reported from the kiosk, with the script,
-- the legislator, the outcome and the UTC hour. Nothing about the caller: no name, no ZIP, no
-- exact time, no link to a sign-up. Rows are keyed by a UUID so tallies from several kiosks can be
-- merged by id. The legislator's name is kept as it was when the call was made: legislator data
-- is replaced after an election, and the calls made before must still say whom they reached.
-- WITHOUT ROWID: rows are stored in the order of their random ids, not in the order the calls were
-- made, so the file does not tell which call came right after which sign-up.
CREATE TABLE call_tallies (
  id              TEXT PRIMARY KEY,
  event_id        TEXT NOT NULL,
  script_id       TEXT NOT NULL,
  legislator_id   TEXT NOT NULL,
  legislator_name TEXT NOT NULL,
  outcome         TEXT NOT NULL CHECK (outcome IN ('talked', 'voicemail', 'no-answer')),
  hour            TEXT NOT NULL CHECK (hour GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:00:00.000Z')
) STRICT, WITHOUT ROWID;
