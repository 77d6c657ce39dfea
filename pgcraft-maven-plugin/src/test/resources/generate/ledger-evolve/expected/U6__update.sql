-- pgcraft migration U6 (U6__update.sql): undoes V6
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "ops"."journal_latest";

ALTER TABLE "ops"."journal"
    RENAME COLUMN "wallet" TO "account";

ALTER TABLE "ops"."journal_balances"
    RENAME COLUMN "wallet" TO "account";

ALTER INDEX "ops"."ix__journal__wallet"
    RENAME TO "ix__journal__account";

ALTER TABLE "ops"."journal_balances"
    RENAME CONSTRAINT "pk__journal_balances__wallet" TO "pk__journal_balances__account";

CREATE VIEW "ops"."journal_latest" AS
SELECT DISTINCT ON (l."account") l."id", l."entry_id", l."created_at", l."value", l."account", l."memo", l."booked_by"
  FROM "ops"."journal" AS l
 ORDER BY l."account", l."created_at" DESC, l."id" DESC;

CREATE OR REPLACE FUNCTION "ops"."ops_journal_balances_maintain"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$BEGIN
    INSERT INTO "ops"."journal_balances" AS b ("account", "balance")
    VALUES (NEW."account", NEW."value")
    ON CONFLICT ("account") DO UPDATE SET "balance" = b."balance" + EXCLUDED."balance";
    RETURN NULL;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "ops"."ops_journal_min_balance"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_balance numeric;
BEGIN
    SELECT b."balance" FROM "ops"."journal_balances" AS b WHERE b."account" = NEW."account" INTO v_balance;
    IF v_balance < (-100) THEN
        RAISE EXCEPTION 'balance of % in % would be %, below the minimum %', 'account=' || coalesce(NEW."account"::text, 'NULL'), 'ops.journal', v_balance, (-100)
            USING ERRCODE = 'check_violation',
                  HINT = 'The insert was refused; nothing of it was written. Insert less, or first add to the balance.';
    END IF;
    RETURN NULL;
END;$pgcraft$;

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
