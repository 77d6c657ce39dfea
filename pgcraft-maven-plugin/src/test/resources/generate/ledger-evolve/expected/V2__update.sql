-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "ops"."journal"
    ADD COLUMN "memo" text DEFAULT ('');

CREATE VIEW "ops"."journal_balances" AS
SELECT l."account", pg_catalog.sum(l."value")::numeric AS "balance"
  FROM "ops"."journal" AS l
 GROUP BY l."account";

CREATE VIEW "ops"."journal_latest" AS
SELECT DISTINCT ON (l."account") l."id", l."entry_id", l."created_at", l."value", l."account", l."memo"
  FROM "ops"."journal" AS l
 ORDER BY l."account", l."created_at" DESC, l."id" DESC;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"ops"."ix__journal__account"') AND NOT indisvalid) THEN
        DROP INDEX "ops"."ix__journal__account";
    END IF;
END
$pgcraft$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix__journal__account"
    ON "ops"."journal" USING btree ("account");
