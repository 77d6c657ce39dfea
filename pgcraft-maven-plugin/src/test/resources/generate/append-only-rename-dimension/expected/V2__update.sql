-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."rates_history";

DROP VIEW "dim"."rates";

ALTER TABLE "dim"."rates_attributes"
    RENAME TO "fx_rates_attributes";

ALTER TABLE "dim"."rates_root"
    RENAME TO "fx_rates_root";

ALTER TABLE "dim"."fx_rates_root"
    RENAME COLUMN "rates_attributes_id" TO "fx_rates_attributes_id";

ALTER TABLE "dim"."fx_rates_attributes"
    RENAME CONSTRAINT "pk__rates_attributes__id" TO "pk__fx_rates_attributes__id";

ALTER INDEX "dim"."ix__rates_attributes__root_id_id"
    RENAME TO "ix__fx_rates_attributes__root_id_id";

ALTER TABLE "dim"."fx_rates_root"
    RENAME CONSTRAINT "pk__rates_root__id" TO "pk__fx_rates_root__id";

ALTER TABLE "dim"."fx_rates_root"
    RENAME CONSTRAINT "fk__rates_root__rates_attributes_id__rates_attributes" TO "fk__fx_rates_root__fx_rates_attributes_id__fx_rates_attributes";

ALTER TABLE "dim"."fx_rates_root"
    RENAME CONSTRAINT "uq__rates_root__code" TO "uq__fx_rates_root__code";

ALTER FUNCTION "dim"."dim_rates_insert"()
    RENAME TO "dim_fx_rates_insert";

ALTER FUNCTION "dim"."dim_rates_update"()
    RENAME TO "dim_fx_rates_update";

ALTER FUNCTION "dim"."dim_rates_delete"()
    RENAME TO "dim_fx_rates_delete";

ALTER FUNCTION "dim"."dim_rates_protect"()
    RENAME TO "dim_fx_rates_protect";

ALTER TRIGGER "rates_attributes_protect" ON "dim"."fx_rates_attributes"
    RENAME TO "fx_rates_attributes_protect";

ALTER TRIGGER "rates_root_protect" ON "dim"."fx_rates_root"
    RENAME TO "fx_rates_root_protect";

ALTER TABLE "dim"."deals"
    RENAME CONSTRAINT "fk__deals__rate_id__rates_root" TO "fk__deals__rate_id__fx_rates_root";

CREATE OR REPLACE FUNCTION "dim"."dim_fx_rates_delete"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_version pg_catalog.int8;
BEGIN
    SELECT "fx_rates_attributes_id" INTO v_version FROM "dim"."fx_rates_root" WHERE "id" = OLD."id" FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    DELETE FROM "dim"."fx_rates_root" WHERE "id" = OLD."id";
    UPDATE "dim"."fx_rates_attributes" SET "deleted_at" = pg_catalog.now() WHERE "id" = v_version;
    RETURN OLD;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_fx_rates_insert"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_id uuid;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."code" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "code" of dim.fx_rates violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'fx_rates', COLUMN = 'code', HINT = 'Give "code" a value: dim.fx_rates declares it nullable="false".';
    END IF;
    v_id := pg_catalog.gen_random_uuid();
    INSERT INTO "dim"."fx_rates_attributes" ("root_id", "created_at", "code", "value")
        VALUES (v_id, v_now, NEW."code", NEW."value")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."fx_rates_root" ("id", "created_at", "updated_at", "fx_rates_attributes_id", "code", "value")
        VALUES (v_id, v_now, v_now, v_version, NEW."code", NEW."value");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_fx_rates_protect"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    IF pg_catalog.pg_trigger_depth() <= 1 THEN
        RAISE EXCEPTION '% on %.% is not allowed: write through the view %', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'dim.fx_rates'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The tables behind an ' || 'appendOnly' || ' dimension keep its history; INSERT, UPDATE and DELETE the view instead.';
    END IF;
    RETURN NULL;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_fx_rates_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_current "dim"."fx_rates_root"%ROWTYPE;
    v_changed pg_catalog.bool := false;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."id" IS DISTINCT FROM OLD."id" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "id" of dim.fx_rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'fx_rates', COLUMN = 'id', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "created_at" of dim.fx_rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'fx_rates', COLUMN = 'created_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "updated_at" of dim.fx_rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'fx_rates', COLUMN = 'updated_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    SELECT * INTO v_current FROM "dim"."fx_rates_root" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."code" IS DISTINCT FROM OLD."code" AND NEW."code" IS DISTINCT FROM v_current."code" THEN
        v_current."code" := NEW."code";
        v_changed := true;
    END IF;
    IF NEW."value" IS DISTINCT FROM OLD."value" AND NEW."value" IS DISTINCT FROM v_current."value" THEN
        v_current."value" := NEW."value";
        v_changed := true;
    END IF;
    IF v_changed THEN
        IF v_current."code" IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'null value in column "code" of dim.fx_rates violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'fx_rates', COLUMN = 'code', HINT = 'Give "code" a value: dim.fx_rates declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."fx_rates_attributes" ("root_id", "created_at", "code", "value")
            VALUES (OLD."id", v_now, v_current."code", v_current."value")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."fx_rates_root" SET "updated_at" = v_now, "fx_rates_attributes_id" = v_version, "code" = v_current."code", "value" = v_current."value"
            WHERE "id" = OLD."id";
        v_current."updated_at" := v_now;
    END IF;
    NEW."id" := v_current."id";
    NEW."created_at" := v_current."created_at";
    NEW."updated_at" := v_current."updated_at";
    NEW."code" := v_current."code";
    NEW."value" := v_current."value";
    RETURN NEW;
END;$pgcraft$;

CREATE VIEW "dim"."fx_rates" AS
SELECT r."id", r."created_at", r."updated_at", r."code", r."value"
   FROM "dim"."fx_rates_root" r;

CREATE TRIGGER "fx_rates_delete"
    INSTEAD OF DELETE ON "dim"."fx_rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_fx_rates_delete"();

CREATE TRIGGER "fx_rates_insert"
    INSTEAD OF INSERT ON "dim"."fx_rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_fx_rates_insert"();

CREATE TRIGGER "fx_rates_update"
    INSTEAD OF UPDATE ON "dim"."fx_rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_fx_rates_update"();

CREATE VIEW "dim"."fx_rates_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."code", a."value"
   FROM "dim"."fx_rates_attributes" a;
