-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 15 <rest:postgrest security="invoker"> (security_invoker views)
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."prices";

CREATE VIEW "api"."prices" WITH (check_option=local, security_invoker=true) AS
SELECT "id", "created_at", "updated_at", "tenant_id", "amount"
  FROM "dim"."prices"
 WHERE "tenant_id" = ("api_private"."claim"('tenant_id'))::uuid;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api"."prices" TO "gold_user";

ALTER TABLE "dim"."notes" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "tenant_isolation" ON "dim"."notes"
    AS PERMISSIVE FOR ALL TO "gold_anon", "gold_user"
    USING ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid)
    WITH CHECK ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid);
