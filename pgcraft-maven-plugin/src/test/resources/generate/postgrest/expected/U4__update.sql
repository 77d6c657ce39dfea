-- pgcraft migration U4 (U4__update.sql): undoes V4
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- V4 lost data; undoing it restores the structure, not the data:
--   - drop role gold_clerk
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

REVOKE SELECT ON TABLE "api"."journal_balances" FROM "gold_user";

REVOKE SELECT, INSERT ON TABLE "api"."journal" FROM "gold_user";

DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'gold_clerk') THEN
        CREATE ROLE "gold_clerk" NOLOGIN;
    END IF;
END
$pgcraft$;

GRANT "gold_clerk" TO "gold_authenticator";

GRANT USAGE ON SCHEMA "api" TO "gold_clerk";

GRANT SELECT, INSERT ON TABLE "api"."journal" TO "gold_clerk";

GRANT SELECT ON TABLE "api"."journal_balances" TO "gold_clerk";

CREATE VIEW "api"."prices" AS
SELECT "id", "created_at", "updated_at", "product_id", "amount"
  FROM "dim"."prices";
ALTER VIEW "api"."prices" ALTER COLUMN "amount" SET DEFAULT (1);

GRANT SELECT, INSERT ON TABLE "api"."prices" TO "gold_clerk";

GRANT SELECT, INSERT, UPDATE ON TABLE "api"."prices" TO "gold_user";

GRANT USAGE ON SCHEMA "api_private" TO "gold_clerk";

GRANT EXECUTE ON FUNCTION "api_private"."claim"(text) TO "gold_clerk";
