-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 15 <rest:postgrest security="invoker"> (security_invoker views)

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "dim"."notes" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "tenant_isolation" ON "dim"."notes"
    AS PERMISSIVE FOR ALL TO "gold_anon", "gold_user"
    USING ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid)
    WITH CHECK ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid);
