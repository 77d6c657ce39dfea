-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP FUNCTION "ops"."ops_journal_transfer"(text, text, numeric);

DROP TRIGGER "journal_min_balance" ON "ops"."journal";

DROP FUNCTION "ops"."ops_journal_min_balance"();

DROP TRIGGER "journal_double_entry" ON "ops"."journal";

DROP FUNCTION "ops"."ops_journal_check_entry"();
