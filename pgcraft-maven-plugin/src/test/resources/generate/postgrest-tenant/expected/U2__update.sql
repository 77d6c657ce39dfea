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

CREATE FUNCTION "api_private"."tenant_guard"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    IF current_user IN ('gold_anon', 'gold_user')
            AND NEW."tenant_id" IS DISTINCT FROM ("api_private"."claim"('tenant_id'))::uuid THEN
        RAISE EXCEPTION USING MESSAGE = 'new row violates row-level security policy for view "' || TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME || '" (tenant isolation)',
            ERRCODE = 'insufficient_privilege', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'tenant_id',
            HINT = 'A request writes only rows of the tenant its JWT names in its tenant_id claim.';
    END IF;
    RETURN NEW;
END;$pgcraft$;

REVOKE EXECUTE ON FUNCTION "api_private"."tenant_guard"() FROM PUBLIC;

COMMENT ON FUNCTION "api_private"."tenant_guard"() IS 'Refuses an API role''s write of a row into another tenant (42501).';

ALTER TABLE "dim"."notes" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "tenant_isolation" ON "dim"."notes"
    AS PERMISSIVE FOR ALL TO "gold_anon", "gold_user"
    USING ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid)
    WITH CHECK ("tenant_id" = ("api_private"."claim"('tenant_id'))::uuid);

CREATE TRIGGER "prices_api_tenant"
    INSTEAD OF INSERT OR UPDATE ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "api_private"."tenant_guard"();
