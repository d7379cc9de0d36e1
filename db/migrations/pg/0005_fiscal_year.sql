-- Pledgewatch schema, version 5, for PostgreSQL (see db/migrations/0005_fiscal_year.sql):
-- where the server's fiscal year ends, as "MM-DD"; NULL for the time zone's default.
ALTER TABLE guild_settings ADD COLUMN fiscal_year_end TEXT;
