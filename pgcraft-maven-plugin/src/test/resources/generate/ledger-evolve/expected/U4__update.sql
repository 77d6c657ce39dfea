-- pgcraft migration U4 (U4__update.sql): undoes V4
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "ops"."journal_latest";

DROP VIEW "ops"."journal_balances";

ALTER TABLE "ops"."journal"
    DROP COLUMN "booked_by";

CREATE VIEW "ops"."journal_balances" AS
SELECT l."account", pg_catalog.sum(l."value")::numeric AS "balance"
  FROM "ops"."journal" AS l
 GROUP BY l."account";

CREATE VIEW "ops"."journal_latest" AS
SELECT DISTINCT ON (l."account") l."id", l."entry_id", l."created_at", l."value", l."account", l."memo"
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
SELECT from_account AS account, -amount AS value UNION ALL SELECT to_account, amount
) AS q
)
INSERT INTO "ops"."journal" ("entry_id", "value", "account", "memo")
SELECT entry.id,
       r."value",
       r."account",
       CASE WHEN pg_catalog.jsonb_exists(given.j, 'memo') THEN r."memo" ELSE '' END
  FROM given
 CROSS JOIN entry
 CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::"ops"."journal", given.j) AS r
 ORDER BY r."account"
RETURNING *;$pgcraft$;
