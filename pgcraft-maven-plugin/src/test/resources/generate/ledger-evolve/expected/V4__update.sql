-- pgcraft migration V4 (V4__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "ops"."journal_latest";

ALTER TABLE "ops"."journal"
    ADD COLUMN "booked_by" text;

CREATE VIEW "ops"."journal_latest" AS
SELECT DISTINCT ON (l."account") l."id", l."entry_id", l."created_at", l."value", l."account", l."memo", l."booked_by"
  FROM "ops"."journal" AS l
 ORDER BY l."account", l."created_at" DESC, l."id" DESC;

CREATE OR REPLACE FUNCTION "ops"."ops_journal_transfer"("from_account" text, "to_account" text, "amount" numeric)
    RETURNS SETOF "ops"."journal"
    LANGUAGE sql
    VOLATILE
AS $pgcraft$WITH entry AS (
    SELECT pg_catalog.gen_random_uuid() AS id
), given AS (
SELECT pg_catalog.to_jsonb(q) AS j
  FROM (
SELECT from_account AS account, -amount AS value, 'transfer' AS memo
               UNION ALL SELECT to_account, amount, 'transfer'
) AS q
)
INSERT INTO "ops"."journal" ("entry_id", "value", "account", "memo", "booked_by")
SELECT entry.id,
       r."value",
       r."account",
       CASE WHEN pg_catalog.jsonb_exists(given.j, 'memo') THEN r."memo" ELSE '' END,
       r."booked_by"
  FROM given
 CROSS JOIN entry
 CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::"ops"."journal", given.j) AS r
 ORDER BY r."account"
RETURNING *;$pgcraft$;
