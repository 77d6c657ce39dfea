-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "rpt"."rate_count";

DROP VIEW "rpt"."colors";

DROP VIEW "dim"."product_features_history";

DROP VIEW "dim"."product_features";

DROP VIEW "dim"."exchange_rates_history";

DROP VIEW "dim"."exchange_rates";

ALTER TABLE "dim"."exchange_rates_attributes"
    RENAME TO "rates_attributes";

ALTER TABLE "dim"."exchange_rates_root"
    RENAME TO "rates_root";

ALTER TABLE "dim"."product_features_entity"
    RENAME TO "features_entity";

ALTER TABLE "dim"."product_features_attribute"
    RENAME TO "features_attribute";

ALTER TABLE "dim"."rates_root"
    RENAME COLUMN "exchange_rates_attributes_id" TO "rates_attributes_id";

ALTER TABLE "dim"."rates_attributes"
    RENAME CONSTRAINT "pk__exchange_rates_attributes__id" TO "pk__rates_attributes__id";

ALTER INDEX "dim"."ix__exchange_rates_attributes__root_id_id"
    RENAME TO "ix__rates_attributes__root_id_id";

ALTER TABLE "dim"."rates_root"
    RENAME CONSTRAINT "pk__exchange_rates_root__id" TO "pk__rates_root__id";

ALTER TABLE "dim"."rates_root"
    RENAME CONSTRAINT "fk__exchange_rates_root__exchange_rates_attributes_id__21679ebe" TO "fk__rates_root__rates_attributes_id__rates_attributes";

ALTER FUNCTION "dim"."dim_exchange_rates_insert"()
    RENAME TO "dim_rates_insert";

ALTER FUNCTION "dim"."dim_exchange_rates_update"()
    RENAME TO "dim_rates_update";

ALTER FUNCTION "dim"."dim_exchange_rates_delete"()
    RENAME TO "dim_rates_delete";

ALTER FUNCTION "dim"."dim_exchange_rates_protect"()
    RENAME TO "dim_rates_protect";

ALTER TRIGGER "exchange_rates_attributes_protect" ON "dim"."rates_attributes"
    RENAME TO "rates_attributes_protect";

ALTER TRIGGER "exchange_rates_root_protect" ON "dim"."rates_root"
    RENAME TO "rates_root_protect";

ALTER TABLE "dim"."features_entity"
    RENAME CONSTRAINT "pk__product_features_entity__id" TO "pk__features_entity__id";

ALTER TABLE "dim"."features_attribute"
    RENAME CONSTRAINT "pk__product_features_attribute__id" TO "pk__features_attribute__id";

ALTER TABLE "dim"."features_attribute"
    RENAME CONSTRAINT "ck__product_features_attribute__one_value" TO "ck__features_attribute__one_value";

ALTER INDEX "dim"."ux__product_features_attribute__entity_id_attribute_name"
    RENAME TO "ux__features_attribute__entity_id_attribute_name";

ALTER INDEX "dim"."ix__product_features_attribute__entity_id_id"
    RENAME TO "ix__features_attribute__entity_id_id";

ALTER FUNCTION "dim"."dim_product_features_insert"()
    RENAME TO "dim_features_insert";

ALTER FUNCTION "dim"."dim_product_features_update"()
    RENAME TO "dim_features_update";

ALTER FUNCTION "dim"."dim_product_features_delete"()
    RENAME TO "dim_features_delete";

ALTER FUNCTION "dim"."dim_product_features_protect"()
    RENAME TO "dim_features_protect";

ALTER TRIGGER "product_features_entity_protect" ON "dim"."features_entity"
    RENAME TO "features_entity_protect";

ALTER TRIGGER "product_features_attribute_protect" ON "dim"."features_attribute"
    RENAME TO "features_attribute_protect";

CREATE OR REPLACE FUNCTION "dim"."dim_features_delete"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
BEGIN
    PERFORM 1 FROM "dim"."features_entity" WHERE "id" = OLD."id" FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
        WHERE "entity_id" = OLD."id" AND "superseded_at" IS NULL;
    DELETE FROM "dim"."features_entity" WHERE "id" = OLD."id";
    RETURN OLD;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_features_insert"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    IF NEW."id" IS NULL THEN
        INSERT INTO "dim"."features_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."features_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    
    IF NEW."sku" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'sku', NEW."sku");
    END IF;
    IF NEW."color" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'color', NEW."color");
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_features_protect"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    IF pg_catalog.pg_trigger_depth() <= 1 THEN
        RAISE EXCEPTION '% on %.% is not allowed: write through the view %', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'dim.features'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The tables behind an ' || 'eav' || ' dimension keep its history; INSERT, UPDATE and DELETE the view instead.';
    END IF;
    RETURN NULL;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_features_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    PERFORM 1 FROM "dim"."features_entity" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION 'the id and created_at of eav dimension % cannot be changed', 'dim.features'
            USING ERRCODE = 'feature_not_supported', SCHEMA = 'dim', TABLE = 'features',
                  HINT = 'Insert a new entity and delete the old one instead.';
    END IF;
    
    IF NEW."sku" IS DISTINCT FROM OLD."sku" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'sku' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."sku";
        IF FOUND OR (NEW."sku" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'sku' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'sku', NEW."sku");
        END IF;
    END IF;
    IF NEW."color" IS DISTINCT FROM OLD."color" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'color' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."color";
        IF FOUND OR (NEW."color" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'color' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'color', NEW."color");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_rates_delete"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_version pg_catalog.int8;
BEGIN
    SELECT "rates_attributes_id" INTO v_version FROM "dim"."rates_root" WHERE "id" = OLD."id" FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    DELETE FROM "dim"."rates_root" WHERE "id" = OLD."id";
    UPDATE "dim"."rates_attributes" SET "deleted_at" = pg_catalog.now() WHERE "id" = v_version;
    RETURN OLD;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_rates_insert"()
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
    IF NEW."code" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "code" of dim.rates violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'rates', COLUMN = 'code', HINT = 'Give "code" a value: dim.rates declares it nullable="false".';
    END IF;
    v_id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('"dim"."rates_root"', 'id')::pg_catalog.regclass);
    INSERT INTO "dim"."rates_attributes" ("root_id", "created_at", "code", "value")
        VALUES (v_id, v_now, NEW."code", NEW."value")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."rates_root" ("id", "created_at", "updated_at", "rates_attributes_id", "code", "value")
        VALUES (v_id, v_now, v_now, v_version, NEW."code", NEW."value");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_rates_protect"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    IF pg_catalog.pg_trigger_depth() <= 1 THEN
        RAISE EXCEPTION '% on %.% is not allowed: write through the view %', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'dim.rates'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The tables behind an ' || 'appendOnly' || ' dimension keep its history; INSERT, UPDATE and DELETE the view instead.';
    END IF;
    RETURN NULL;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_rates_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_current "dim"."rates_root"%ROWTYPE;
    v_changed pg_catalog.bool := false;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."id" IS DISTINCT FROM OLD."id" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "id" of dim.rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'rates', COLUMN = 'id', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "created_at" of dim.rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'rates', COLUMN = 'created_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "updated_at" of dim.rates cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'rates', COLUMN = 'updated_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    SELECT * INTO v_current FROM "dim"."rates_root" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
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
            RAISE EXCEPTION USING MESSAGE = 'null value in column "code" of dim.rates violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'rates', COLUMN = 'code', HINT = 'Give "code" a value: dim.rates declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."rates_attributes" ("root_id", "created_at", "code", "value")
            VALUES (OLD."id", v_now, v_current."code", v_current."value")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."rates_root" SET "updated_at" = v_now, "rates_attributes_id" = v_version, "code" = v_current."code", "value" = v_current."value"
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

CREATE VIEW "dim"."features" AS
SELECT e."id",
       e."created_at",
       c."sku",
       c."color"
FROM "dim"."features_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'sku') AS text) AS "sku",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'color') AS text) AS "color"
           FROM "dim"."features_attribute" a
           WHERE a."superseded_at" IS NULL
           GROUP BY a."entity_id") c ON c."entity_id" = e."id";

CREATE TRIGGER "features_delete"
    INSTEAD OF DELETE ON "dim"."features"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_features_delete"();

CREATE TRIGGER "features_insert"
    INSTEAD OF INSERT ON "dim"."features"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_features_insert"();

CREATE TRIGGER "features_update"
    INSTEAD OF UPDATE ON "dim"."features"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_features_update"();

CREATE VIEW "dim"."features_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       a."value_text"::text AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."features_attribute" a;

CREATE VIEW "dim"."rates" AS
SELECT r."id", r."created_at", r."updated_at", r."code", r."value"
   FROM "dim"."rates_root" r;

CREATE TRIGGER "rates_delete"
    INSTEAD OF DELETE ON "dim"."rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_rates_delete"();

CREATE TRIGGER "rates_insert"
    INSTEAD OF INSERT ON "dim"."rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_rates_insert"();

CREATE TRIGGER "rates_update"
    INSTEAD OF UPDATE ON "dim"."rates"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_rates_update"();

CREATE VIEW "dim"."rates_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."code", a."value"
   FROM "dim"."rates_attributes" a;

CREATE VIEW "rpt"."colors" AS
SELECT sku, color FROM dim.features;

CREATE VIEW "rpt"."rate_count" AS
SELECT count(*) AS n FROM dim.rates;
