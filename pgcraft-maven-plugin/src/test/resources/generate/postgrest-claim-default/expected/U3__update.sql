-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."prices_history";

DROP VIEW "api"."prices";

DROP VIEW "dim"."prices";

GRANT EXECUTE ON FUNCTION "dim"."dim_prices_update"() TO PUBLIC;

GRANT EXECUTE ON FUNCTION "dim"."dim_prices_protect"() TO PUBLIC;

GRANT EXECUTE ON FUNCTION "dim"."dim_prices_insert"() TO PUBLIC;

GRANT EXECUTE ON FUNCTION "dim"."dim_prices_delete"() TO PUBLIC;

DROP VIEW "api"."notes";

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "claims_authenticator";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'claims_authenticator';
END
$pgcraft$;

DROP SCHEMA "api";

ALTER TABLE "dim"."notes"
    DROP COLUMN "created_by";

ALTER TABLE "dim"."prices_attributes"
    DROP COLUMN "created_by";

ALTER TABLE "dim"."prices_root"
    DROP COLUMN "created_by";

DROP FUNCTION "api_private"."claim"(text);

DROP SCHEMA "api_private";

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "claims_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'claims_user';
END
$pgcraft$;

DO $pgcraft$
BEGIN
    DROP ROLE IF EXISTS "claims_anon";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used by another database of the cluster and was kept', 'claims_anon';
END
$pgcraft$;

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
    IF NEW."amount" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "amount" of dim.prices violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'prices', COLUMN = 'amount', HINT = 'Give "amount" a value: dim.prices declares it nullable="false".';
    END IF;
    v_id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('"dim"."prices_root"', 'id')::pg_catalog.regclass);
    INSERT INTO "dim"."prices_attributes" ("root_id", "created_at", "amount")
        VALUES (v_id, v_now, NEW."amount")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."prices_root" ("id", "created_at", "updated_at", "prices_attributes_id", "amount")
        VALUES (v_id, v_now, v_now, v_version, NEW."amount");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

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
    IF v_changed THEN
        IF v_current."amount" IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'null value in column "amount" of dim.prices violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'prices', COLUMN = 'amount', HINT = 'Give "amount" a value: dim.prices declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."prices_attributes" ("root_id", "created_at", "amount")
            VALUES (OLD."id", v_now, v_current."amount")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."prices_root" SET "updated_at" = v_now, "prices_attributes_id" = v_version, "amount" = v_current."amount"
            WHERE "id" = OLD."id";
        v_current."updated_at" := v_now;
    END IF;
    NEW."id" := v_current."id";
    NEW."created_at" := v_current."created_at";
    NEW."updated_at" := v_current."updated_at";
    NEW."amount" := v_current."amount";
    RETURN NEW;
END;$pgcraft$;

CREATE VIEW "dim"."prices" AS
SELECT r."id", r."created_at", r."updated_at", r."amount"
   FROM "dim"."prices_root" r;

CREATE TRIGGER "prices_delete"
    INSTEAD OF DELETE ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_delete"();

CREATE TRIGGER "prices_insert"
    INSTEAD OF INSERT ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_insert"();

CREATE TRIGGER "prices_update"
    INSTEAD OF UPDATE ON "dim"."prices"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prices_update"();

CREATE VIEW "dim"."prices_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."amount"
   FROM "dim"."prices_attributes" a;
