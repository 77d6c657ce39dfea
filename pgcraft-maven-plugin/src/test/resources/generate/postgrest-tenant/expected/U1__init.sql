-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."prices";

DROP VIEW "dim"."prices";

DROP TABLE "dim"."prices_root";

DROP VIEW "dim"."prices_history";

DROP TABLE "dim"."prices_attributes";

DROP VIEW "api"."notes";

DROP TABLE "dim"."notes";

DROP FUNCTION "dim"."dim_prices_update"();

DROP FUNCTION "dim"."dim_prices_protect"();

DROP FUNCTION "dim"."dim_prices_insert"();

DROP FUNCTION "dim"."dim_prices_delete"();

DROP FUNCTION "api_private"."tenant_guard"();

DROP FUNCTION "api_private"."claim"(text);

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_authenticator";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_authenticator';
END
$pgcraft$;

DROP SCHEMA "dim";

DROP SCHEMA "api_private";

DROP SCHEMA "api";

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_user';
END
$pgcraft$;

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_anon";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_anon';
END
$pgcraft$;
