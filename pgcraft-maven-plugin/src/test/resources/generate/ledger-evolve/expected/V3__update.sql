-- pgcraft migration V3 (V3__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

CREATE FUNCTION "ops"."ops_journal_check_entry"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_sum numeric;
    v_checked text := pg_catalog.statement_timestamp()::text || ' ' || 'ops.journal' || ' ' || NEW."entry_id"::text;
BEGIN
    IF pg_catalog.current_setting('pgcraft.checked_entry', true) = v_checked THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.sum(l."value") INTO v_sum FROM "ops"."journal" AS l WHERE l."entry_id" = NEW."entry_id";
    IF v_sum <> 0 THEN
        RAISE EXCEPTION 'entry % of % does not balance: its values sum to %, not 0', NEW."entry_id", 'ops.journal', v_sum
            USING ERRCODE = 'check_violation',
                  HINT = 'In a double-entry ledger the values of one entry_id must sum to zero by commit: insert the counter-rows in the same transaction.';
    END IF;
    PERFORM pg_catalog.set_config('pgcraft.checked_entry', v_checked, true);
    RETURN NULL;
END;$pgcraft$;

CREATE CONSTRAINT TRIGGER "journal_double_entry"
    AFTER INSERT ON "ops"."journal"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."ops_journal_check_entry"();

CREATE FUNCTION "ops"."ops_journal_min_balance"()
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

CREATE TRIGGER "journal_min_balance"
    AFTER INSERT ON "ops"."journal"
    FOR EACH ROW
    WHEN (NEW."value" < 0)
    EXECUTE FUNCTION "ops"."ops_journal_min_balance"();

CREATE FUNCTION "ops"."ops_journal_transfer"("from_account" text, "to_account" text, "amount" numeric)
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
