-- What the organizer's search matches: names, email and ZIP in lower case without accents, so
-- "jose" finds "José" (src/core/signups/search-key.ts). The app fills it for each new sign-up;
-- fold_search_key() is the same function, registered by the app on its connections.
ALTER TABLE signups ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
UPDATE signups SET search_key = fold_search_key(first_name, last_name, email, zip);
-- The name indexes served the old case-sensitive search only: without them each sign-up writes
-- two pages fewer before its commit is on disk.
DROP INDEX IF EXISTS signups_first_name;
DROP INDEX IF EXISTS signups_last_name;
