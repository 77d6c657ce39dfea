-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."prefs_history";

DROP VIEW "dim"."prefs";

DROP TABLE "dim"."prefs_entity";

DROP TABLE "dim"."prefs_attribute";

DROP TABLE "dim"."journal";

DROP FUNCTION "dim"."dim_prefs_update"();

DROP FUNCTION "dim"."dim_prefs_protect"();

DROP FUNCTION "dim"."dim_prefs_insert"();

DROP FUNCTION "dim"."dim_prefs_delete"();

DROP FUNCTION "dim"."dim_journal_immutable"();

DROP VIEW "dim"."accounts";

DROP FUNCTION "dim"."dim_accounts_update"();

DROP TABLE "dim"."accounts_root";

DROP VIEW "dim"."accounts_history";

DROP TABLE "dim"."accounts_attributes";

DROP FUNCTION "dim"."dim_accounts_protect"();

DROP FUNCTION "dim"."dim_accounts_insert"();

DROP FUNCTION "dim"."dim_accounts_delete"();

DROP TABLE "dim"."customers";

DROP TABLE "dim"."countries";

DROP SCHEMA "dim";
