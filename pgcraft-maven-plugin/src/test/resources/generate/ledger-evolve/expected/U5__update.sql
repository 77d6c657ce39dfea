-- pgcraft migration U5 (U5__update.sql): undoes V5
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TRIGGER "journal_balances_maintain" ON "ops"."journal";

DROP FUNCTION "ops"."ops_journal_balances_maintain"();

DROP TABLE "ops"."journal_balances";

CREATE VIEW "ops"."journal_balances" AS
SELECT l."account", pg_catalog.sum(l."value")::numeric AS "balance"
  FROM "ops"."journal" AS l
 GROUP BY l."account";

CREATE OR REPLACE FUNCTION "ops"."ops_journal_min_balance"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_balance numeric;
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(-889353247, pg_catalog.hashtext(ROW(NEW."account")::text));
    SELECT coalesce(pg_catalog.sum(l."value"), 0) FROM "ops"."journal" AS l WHERE l."account" = NEW."account" INTO v_balance;
    IF v_balance < (-100) THEN
        RAISE EXCEPTION 'balance of % in % would be %, below the minimum %', 'account=' || coalesce(NEW."account"::text, 'NULL'), 'ops.journal', v_balance, (-100)
            USING ERRCODE = 'check_violation',
                  HINT = 'The insert was refused; nothing of it was written. Insert less, or first add to the balance.';
    END IF;
    RETURN NULL;
END;$pgcraft$;
