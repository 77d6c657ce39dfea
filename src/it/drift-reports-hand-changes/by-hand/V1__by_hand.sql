-- What someone did at the psql prompt, between two releases.
ALTER TABLE app.items ADD COLUMN note text;
DROP INDEX app.ix_items_name;
CREATE OR REPLACE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql AS $$ SELECT 42::bigint $$;
CREATE SCHEMA other;
CREATE TABLE other.notes (note text);
