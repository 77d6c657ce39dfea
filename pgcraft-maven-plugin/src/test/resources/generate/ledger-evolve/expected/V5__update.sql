-- pgcraft migration V5 (V5__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "ops"."journal_balances";

CREATE TABLE "ops"."journal_balances" (
    "account" text NOT NULL,
    "balance" numeric NOT NULL
);
LOCK TABLE "ops"."journal" IN SHARE MODE;
INSERT INTO "ops"."journal_balances"
SELECT l."account", pg_catalog.sum(l."value")::numeric AS "balance"
  FROM "ops"."journal" AS l
 GROUP BY l."account";

ALTER TABLE "ops"."journal_balances"
    ADD CONSTRAINT "pk__journal_balances__account" PRIMARY KEY ("account");

CREATE FUNCTION "ops"."ops_journal_balances_maintain"()
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

CREATE TRIGGER "journal_balances_maintain"
    AFTER INSERT ON "ops"."journal"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."ops_journal_balances_maintain"();

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
