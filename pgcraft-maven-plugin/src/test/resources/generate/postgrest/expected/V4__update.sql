-- pgcraft migration V4 (V4__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

REVOKE EXECUTE ON FUNCTION "api_private"."claim"(text) FROM "gold_clerk";

REVOKE USAGE ON SCHEMA "api_private" FROM "gold_clerk";

DROP VIEW "api"."prices";

REVOKE SELECT ON TABLE "api"."journal_balances" FROM "gold_clerk";

REVOKE SELECT, INSERT ON TABLE "api"."journal" FROM "gold_clerk";

REVOKE USAGE ON SCHEMA "api" FROM "gold_clerk";

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "gold_clerk";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'gold_clerk';
END
$pgcraft$;



GRANT SELECT, INSERT ON TABLE "api"."journal" TO "gold_user";

GRANT SELECT ON TABLE "api"."journal_balances" TO "gold_user";
