-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."features";

ALTER TABLE "dim"."features_attribute" DISABLE TRIGGER USER;
UPDATE "dim"."features_attribute" SET "attribute_name" = 'color' WHERE "attribute_name" = 'colour';
ALTER TABLE "dim"."features_attribute" ENABLE TRIGGER USER;

ALTER TABLE "dim"."features_attribute" DISABLE TRIGGER USER;
UPDATE "dim"."features_attribute" SET "attribute_name" = 'note' WHERE "attribute_name" = 'memo';
ALTER TABLE "dim"."features_attribute" ENABLE TRIGGER USER;

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
    IF NEW."size" IS NULL THEN
        NEW."size" := (1)::integer;
    END IF;
    IF NEW."id" IS NULL THEN
        INSERT INTO "dim"."features_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."features_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    IF NEW."size" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'size', 'dim.features'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'features', COLUMN = 'size',
                  HINT = 'Column ' || 'size' || ' is declared nullable="false": give it a value.';
    END IF;
    SELECT (size > 0) IS FALSE INTO pgcraft_failed FROM (SELECT NEW."id" AS "id", NEW."created_at" AS "created_at", NEW."color" AS "color", NEW."size" AS "size", NEW."weight" AS "weight", NEW."note" AS "note") AS pgcraft_row;
    IF pgcraft_failed THEN
        RAISE EXCEPTION 'new row for eav dimension % violates check %', 'dim.features', 'size_positive'
            USING ERRCODE = 'check_violation', SCHEMA = 'dim', TABLE = 'features', CONSTRAINT = 'size_positive',
                  HINT = 'The check is: ' || 'size > 0';
    END IF;
    IF NEW."color" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'color', NEW."color");
    END IF;
    IF NEW."size" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_integer")
            VALUES (NEW."id", 'size', NEW."size");
    END IF;
    IF NEW."weight" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_numeric_10_2")
            VALUES (NEW."id", 'weight', NEW."weight");
    END IF;
    IF NEW."note" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'note', NEW."note");
    END IF;
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
    IF NEW."size" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'size', 'dim.features'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'features', COLUMN = 'size',
                  HINT = 'Column ' || 'size' || ' is declared nullable="false": give it a value.';
    END IF;
    SELECT (size > 0) IS FALSE INTO pgcraft_failed FROM (SELECT NEW."id" AS "id", NEW."created_at" AS "created_at", NEW."color" AS "color", NEW."size" AS "size", NEW."weight" AS "weight", NEW."note" AS "note") AS pgcraft_row;
    IF pgcraft_failed THEN
        RAISE EXCEPTION 'new row for eav dimension % violates check %', 'dim.features', 'size_positive'
            USING ERRCODE = 'check_violation', SCHEMA = 'dim', TABLE = 'features', CONSTRAINT = 'size_positive',
                  HINT = 'The check is: ' || 'size > 0';
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
    IF NEW."size" IS DISTINCT FROM OLD."size" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'size' AND "superseded_at" IS NULL
              AND "value_integer" IS DISTINCT FROM NEW."size";
        IF FOUND OR (NEW."size" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'size' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_integer")
                VALUES (OLD."id", 'size', NEW."size");
        END IF;
    END IF;
    IF NEW."weight" IS DISTINCT FROM OLD."weight" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'weight' AND "superseded_at" IS NULL
              AND "value_numeric_10_2" IS DISTINCT FROM NEW."weight";
        IF FOUND OR (NEW."weight" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'weight' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_numeric_10_2")
                VALUES (OLD."id", 'weight', NEW."weight");
        END IF;
    END IF;
    IF NEW."note" IS DISTINCT FROM OLD."note" THEN
        UPDATE "dim"."features_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'note' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."note";
        IF FOUND OR (NEW."note" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."features_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'note' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'note', NEW."note");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE VIEW "dim"."features" AS
SELECT e."id",
       e."created_at",
       c."color",
       c."size",
       c."weight",
       c."note"
FROM "dim"."features_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'color') AS text) AS "color",
                  CAST(any_value(a."value_integer") FILTER (WHERE a."attribute_name" = 'size') AS integer) AS "size",
                  CAST(any_value(a."value_numeric_10_2") FILTER (WHERE a."attribute_name" = 'weight') AS numeric(10,2)) AS "weight",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'note') AS text) AS "note"
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

COMMENT ON VIEW "dim"."features" IS 'Sparse product features';

COMMENT ON COLUMN "dim"."features"."color" IS 'What it looks like';

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DROP INDEX CONCURRENTLY IF EXISTS "dim"."ux__features_attribute__memo";

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"dim"."ux__features_attribute__note"') AND NOT indisvalid) THEN
        DROP INDEX "dim"."ux__features_attribute__note";
    END IF;
END
$pgcraft$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "ux__features_attribute__note"
    ON "dim"."features_attribute" USING btree ("value_text")
    WHERE ("attribute_name" = 'note' AND "superseded_at" IS NULL);
