-- Pledgewatch schema, version 12, for PostgreSQL (see db/migrations/0012_search_words.sql):
-- each pledge's words as Pledgewatch folds them (case and one accent off a Latin letter,
-- as SQLite's index does), written by the application with the pledge (db/pg/words.py).
-- The old index folded by the server's locale: in the C locale, ASCII letters only, so
-- "émilie" did not find "Émilie". Rows written before this version are indexed when the
-- store opens (db/pg/words.py `backfill`).
ALTER TABLE pledges ADD COLUMN search_words tsvector;
CREATE INDEX pledges_search_words ON pledges USING GIN (search_words);
DROP INDEX pledges_text;
