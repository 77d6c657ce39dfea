-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."features_history";

ALTER TABLE "dim"."features_attribute"
    DROP CONSTRAINT "ck__features_attribute__one_value";

ALTER TABLE "dim"."features_attribute"
    ADD COLUMN "value_timestamptz" timestamp with time zone;

ALTER TABLE "dim"."items"
    ADD COLUMN "created_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "dim"."items"
    ADD COLUMN "updated_at" timestamp with time zone NOT NULL DEFAULT (now());

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
    IF NEW."updated_at" IS NULL THEN
        NEW."updated_at" := (now())::timestamp with time zone;
    END IF;
    IF NEW."id" IS NULL THEN
        INSERT INTO "dim"."features_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."features_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    IF NEW."updated_at" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'updated_at', 'dim.features'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'features', COLUMN = 'updated_at',
                  HINT = 'Column ' || 'updated_at' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."color" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'color', NEW."color");
    END IF;
    IF NEW."updated_at" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_timestamptz")
            VALUES (NEW."id", 'updated_at', NEW."updated_at");
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE FUNCTION "dim"."dim_features_touch"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    NEW."updated_at" := pg_catalog.now();
    RETURN NEW;
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
    IF NEW."updated_at" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'updated_at', 'dim.features'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'features', COLUMN = 'updated_at',
                  HINT = 'Column ' || 'updated_at' || ' is declared nullable="false": give it a value.';
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
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'updated_at' AND "superseded_at" IS NULL
              AND "value_timestamptz" IS DISTINCT FROM NEW."updated_at";
        IF FOUND OR (NEW."updated_at" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'updated_at' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_timestamptz")
                VALUES (OLD."id", 'updated_at', NEW."updated_at");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE FUNCTION "dim"."dim_items_touch"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    NEW."updated_at" := pg_catalog.now();
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE VIEW "dim"."features" AS
SELECT e."id",
       e."created_at",
       c."color",
       c."updated_at"
FROM "dim"."features_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'color') AS text) AS "color",
                  CAST(any_value(a."value_timestamptz") FILTER (WHERE a."attribute_name" = 'updated_at') AS timestamp with time zone) AS "updated_at"
           FROM "dim"."features_attribute" a
           WHERE a."superseded_at" IS NULL
           GROUP BY a."entity_id") c ON c."entity_id" = e."id";

CREATE TRIGGER "features_touch"
    INSTEAD OF UPDATE ON "dim"."features"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_features_touch"();

ALTER TABLE "dim"."features_attribute"
    ADD CONSTRAINT "ck__features_attribute__one_value" CHECK (num_nonnulls("value_text", "value_timestamptz") <= 1) NOT VALID;

CREATE VIEW "dim"."features_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       COALESCE(a."value_text"::text, a."value_timestamptz"::text) AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."features_attribute" a;

CREATE TRIGGER "items_touch"
    BEFORE UPDATE ON "dim"."items"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_items_touch"();

CREATE TABLE "dim"."tags" (
    "id"    bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    "label" text
);

ALTER TABLE "dim"."tags"
    ADD CONSTRAINT "pk__tags__id" PRIMARY KEY ("id");

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

ALTER TABLE "dim"."features_attribute"
    VALIDATE CONSTRAINT "ck__features_attribute__one_value";
