-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 15 <rest:postgrest security="invoker"> (security_invoker views)
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TRIGGER "prices_api_tenant" ON "dim"."prices";

DROP POLICY "tenant_isolation" ON "dim"."notes";

ALTER TABLE "dim"."notes" DISABLE ROW LEVEL SECURITY;

DROP FUNCTION "api_private"."tenant_guard"();

DROP VIEW "api"."prices";

CREATE VIEW "api"."prices" WITH (security_invoker=true) AS
SELECT "id", "created_at", "updated_at", "tenant_id", "amount"
  FROM "dim"."prices";

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api"."prices" TO "gold_user";
