-- Pledgewatch schema, version 4: where the server's fiscal year ends, as "MM-DD", for
-- deadline words such as "FY27" or "by the end of the financial year" (issue 12).
-- NULL means the default of the server's time zone: 31 March for GB, 30 June for AU,
-- 30 September for the US, 31 December elsewhere.
ALTER TABLE guild_settings ADD COLUMN fiscal_year_end TEXT;
