-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- V2 lost data; undoing it restores the structure, not the data:
--   - drop role claims_authenticator
--   - drop column created_by of table dim.notes
--   - drop column created_by of table dim.prices_attributes
--   - drop column created_by of table dim.prices_root
--   - drop role claims_user
--   - drop role claims_anon

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

CREATE SCHEMA IF NOT EXISTS "api_private";

CREATE FUNCTION "api_private"."claim"(p_name text)
    RETURNS text
    LANGUAGE sql
    STABLE
AS $pgcraft$SELECT NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::pg_catalog.json ->> p_name$pgcraft$;

ALTER TABLE "dim"."notes"
    ADD COLUMN "created_by" text DEFAULT (api_private.claim('sub'));

ALTER TABLE "dim"."prices_attributes"
    ADD COLUMN "created_by" text DEFAULT (api_private.claim('sub'));

ALTER TABLE "dim"."prices_root"
    ADD COLUMN "created_by" text DEFAULT (api_private.claim('sub'));

CREATE SCHEMA IF NOT EXISTS "api";

DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'claims_anon') THEN
        CREATE ROLE "claims_anon" NOLOGIN;
    END IF;
END
$pgcraft$;

DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'claims_user') THEN
        CREATE ROLE "claims_user" NOLOGIN;
    END IF;
END
$pgcraft$;

DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'claims_authenticator') THEN
        CREATE ROLE "claims_authenticator" LOGIN NOINHERIT;
    END IF;
END
$pgcraft$;
GRANT "claims_anon" TO "claims_authenticator";
GRANT "claims_user" TO "claims_authenticator";

GRANT USAGE ON SCHEMA "api" TO "claims_anon";

GRANT USAGE ON SCHEMA "api" TO "claims_user";

CREATE VIEW "api"."notes" AS
SELECT "id", "body", "created_by"
  FROM "dim"."notes";
ALTER VIEW "api"."notes" ALTER COLUMN "created_by" SET DEFAULT (api_private.claim('sub'));

GRANT SELECT, INSERT ON TABLE "api"."notes" TO "claims_user";

GRANT USAGE ON SCHEMA "api_private" TO "claims_anon";

GRANT USAGE ON SCHEMA "api_private" TO "claims_user";

REVOKE EXECUTE ON FUNCTION "api_private"."claim"(text) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "api_private"."claim"(text) TO "claims_anon";

GRANT EXECUTE ON FUNCTION "api_private"."claim"(text) TO "claims_user";

COMMENT ON FUNCTION "api_private"."claim"(text) IS 'One claim of the current PostgREST request''s JWT, or NULL.';

REVOKE EXECUTE ON FUNCTION "dim"."dim_prices_delete"() FROM PUBLIC;

CREATE OR REPLACE FUNCTION "dim"."dim_prices_insert"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_id bigint;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    NEW."created_by" := COALESCE(NEW."created_by", api_private.claim('sub'));
    IF NEW."amount" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "amount" of dim.prices violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'prices', COLUMN = 'amount', HINT = 'Give "amount" a value: dim.prices declares it nullable="false".';
    END IF;
    v_id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('"dim"."prices_root"', 'id')::pg_catalog.regclass);
    INSERT INTO "dim"."prices_attributes" ("root_id", "created_at", "amount", "created_by")
        VALUES (v_id, v_now, NEW."amount", NEW."created_by")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."prices_root" ("id", "created_at", "updated_at", "prices_attributes_id", "amount", "created_by")
        VALUES (v_id, v_now, v_now, v_version, NEW."amount", NEW."created_by");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

REVOKE EXECUTE ON FUNCTION "dim"."dim_prices_insert"() FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION "dim"."dim_prices_protect"() FROM PUBLIC;

CREATE OR REPLACE FUNCTION "dim"."dim_prices_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_current "dim"."prices_root"%ROWTYPE;
    v_changed pg_catalog.bool := false;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."id" IS DISTINCT FROM OLD."id" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "id" of dim.prices cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'prices', COLUMN = 'id', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "created_at" of dim.prices cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'prices', COLUMN = 'created_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "updated_at" of dim.prices cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'prices', COLUMN = 'updated_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    SELECT * INTO v_current FROM "dim"."prices_root" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."amount" IS DISTINCT FROM OLD."amount" AND NEW."amount" IS DISTINCT FROM v_current."amount" THEN
        v_current."amount" := NEW."amount";
        v_changed := true;
    END IF;
    IF NEW."created_by" IS DISTINCT FROM OLD."created_by" AND NEW."created_by" IS DISTINCT FROM v_current."created_by" THEN
        v_current."created_by" := NEW."created_by";
        v_changed := true;
    END IF;
    IF v_changed THEN
        IF v_current."amount" IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'null value in column "amount" of dim.prices violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'prices', COLUMN = 'amount', HINT = 'Give "amount" a value: dim.prices declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."prices_attributes" ("root_id", "created_at", "amount", "created_by")
            VALUES (OLD."id", v_now, v_current."amount", v_current."created_by")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."prices_root" SET "updated_at" = v_now, "prices_attributes_id" = v_version, "amount" = v_current."amount", "created_by" = v_current."created_by"
            WHERE "id" = OLD."id";
        v_current."updated_at" := v_now;
    END IF;
    NEW."id" := v_current."id";
    NEW."created_at" := v_current."created_at";
    NEW."updated_at" := v_current."updated_at";
    NEW."amount" := v_current."amount";
    NEW."created_by" := v_current."created_by";
    RETURN NEW;
END;$pgcraft$;

REVOKE EXECUTE ON FUNCTION "dim"."dim_prices_update"() FROM PUBLIC;

CREATE OR REPLACE VIEW "dim"."prices" AS
SELECT r."id", r."created_at", r."updated_at", r."amount", r."created_by"
   FROM "dim"."prices_root" r;

CREATE VIEW "api"."prices" AS
SELECT "id", "created_at", "updated_at", "amount", "created_by"
  FROM "dim"."prices";
ALTER VIEW "api"."prices" ALTER COLUMN "created_by" SET DEFAULT (api_private.claim('sub'));

GRANT SELECT, INSERT ON TABLE "api"."prices" TO "claims_user";

CREATE OR REPLACE VIEW "dim"."prices_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."amount", a."created_by"
   FROM "dim"."prices_attributes" a;
