-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."products";

DROP TABLE "dim"."products";

DROP FUNCTION "api_private"."claim"(text);

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_authenticator";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_authenticator';
END
$pgcraft$;

DROP SCHEMA "api_private";

DROP SCHEMA "api";

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_anon";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_anon';
END
$pgcraft$;

DROP SCHEMA "dim";
