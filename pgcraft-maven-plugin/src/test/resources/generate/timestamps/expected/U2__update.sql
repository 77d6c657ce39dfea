-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TABLE "dim"."tags";

DROP TRIGGER "items_touch" ON "dim"."items";

DROP VIEW "dim"."features_history";

ALTER TABLE "dim"."features_attribute"
    DROP CONSTRAINT "ck__features_attribute__one_value";

DROP VIEW "dim"."features";

DROP FUNCTION "dim"."dim_items_touch"();

DROP FUNCTION "dim"."dim_features_touch"();

ALTER TABLE "dim"."features_attribute"
    DROP COLUMN "value_timestamptz";

ALTER TABLE "dim"."items"
    DROP COLUMN "created_at";

ALTER TABLE "dim"."items"
    DROP COLUMN "updated_at";

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
    
    IF NEW."color" IS NOT NULL THEN
        INSERT INTO "dim"."features_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'color', NEW."color");
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

CREATE VIEW "dim"."features" AS
SELECT e."id",
       e."created_at",
       c."color"
FROM "dim"."features_entity" e
LEFT JOIN (SELECT a."entity_id",
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

ALTER TABLE "dim"."features_attribute"
    ADD CONSTRAINT "ck__features_attribute__one_value" CHECK (num_nonnulls("value_text") <= 1) NOT VALID;

CREATE VIEW "dim"."features_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       a."value_text"::text AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."features_attribute" a;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

ALTER TABLE "dim"."features_attribute"
    VALIDATE CONSTRAINT "ck__features_attribute__one_value";
