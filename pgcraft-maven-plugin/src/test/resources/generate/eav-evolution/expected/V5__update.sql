-- pgcraft migration V5 (V5__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."features_history";

DROP VIEW "dim"."features";

ALTER TABLE "dim"."features_entity"
    RENAME TO "traits_entity";

ALTER TABLE "dim"."features_attribute"
    RENAME TO "traits_attribute";

ALTER TABLE "dim"."traits_entity"
    RENAME CONSTRAINT "pk__features_entity__id" TO "pk__traits_entity__id";

ALTER TABLE "dim"."traits_attribute"
    RENAME CONSTRAINT "pk__features_attribute__id" TO "pk__traits_attribute__id";

ALTER TABLE "dim"."traits_attribute"
    RENAME CONSTRAINT "ck__features_attribute__one_value" TO "ck__traits_attribute__one_value";

ALTER INDEX "dim"."ux__features_attribute__entity_id_attribute_name"
    RENAME TO "ux__traits_attribute__entity_id_attribute_name";

ALTER INDEX "dim"."ix__features_attribute__entity_id_id"
    RENAME TO "ix__traits_attribute__entity_id_id";

ALTER TABLE "dim"."traits_attribute" DISABLE TRIGGER USER;
UPDATE "dim"."traits_attribute" SET "attribute_name" = 'mass' WHERE "attribute_name" = 'weight';
ALTER TABLE "dim"."traits_attribute" ENABLE TRIGGER USER;

ALTER INDEX "dim"."ux__features_attribute__memo"
    RENAME TO "ux__traits_attribute__memo";

ALTER FUNCTION "dim"."dim_features_insert"()
    RENAME TO "dim_traits_insert";

ALTER FUNCTION "dim"."dim_features_update"()
    RENAME TO "dim_traits_update";

ALTER FUNCTION "dim"."dim_features_delete"()
    RENAME TO "dim_traits_delete";

ALTER FUNCTION "dim"."dim_features_protect"()
    RENAME TO "dim_traits_protect";

ALTER TRIGGER "features_entity_protect" ON "dim"."traits_entity"
    RENAME TO "traits_entity_protect";

ALTER TRIGGER "features_attribute_protect" ON "dim"."traits_attribute"
    RENAME TO "traits_attribute_protect";

ALTER TABLE "dim"."orders"
    RENAME CONSTRAINT "fk__orders__feature_id__features_entity" TO "fk__orders__feature_id__traits_entity";

CREATE OR REPLACE FUNCTION "dim"."dim_traits_delete"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
BEGIN
    PERFORM 1 FROM "dim"."traits_entity" WHERE "id" = OLD."id" FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    UPDATE "dim"."traits_attribute" SET "superseded_at" = pg_catalog.now()
        WHERE "entity_id" = OLD."id" AND "superseded_at" IS NULL;
    DELETE FROM "dim"."traits_entity" WHERE "id" = OLD."id";
    RETURN OLD;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_traits_insert"()
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
        INSERT INTO "dim"."traits_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."traits_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    
    IF NEW."colour" IS NOT NULL THEN
        INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'colour', NEW."colour");
    END IF;
    IF NEW."mass" IS NOT NULL THEN
        INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_numeric_10_2")
            VALUES (NEW."id", 'mass', NEW."mass");
    END IF;
    IF NEW."memo" IS NOT NULL THEN
        INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'memo', NEW."memo");
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_traits_protect"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $pgcraft$BEGIN
    IF pg_catalog.pg_trigger_depth() <= 1 THEN
        RAISE EXCEPTION '% on %.% is not allowed: write through the view %', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'dim.traits'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The tables behind an ' || 'eav' || ' dimension keep its history; INSERT, UPDATE and DELETE the view instead.';
    END IF;
    RETURN NULL;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_traits_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    PERFORM 1 FROM "dim"."traits_entity" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION 'the id and created_at of eav dimension % cannot be changed', 'dim.traits'
            USING ERRCODE = 'feature_not_supported', SCHEMA = 'dim', TABLE = 'traits',
                  HINT = 'Insert a new entity and delete the old one instead.';
    END IF;
    
    IF NEW."colour" IS DISTINCT FROM OLD."colour" THEN
        UPDATE "dim"."traits_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'colour' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."colour";
        IF FOUND OR (NEW."colour" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."traits_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'colour' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'colour', NEW."colour");
        END IF;
    END IF;
    IF NEW."mass" IS DISTINCT FROM OLD."mass" THEN
        UPDATE "dim"."traits_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'mass' AND "superseded_at" IS NULL
              AND "value_numeric_10_2" IS DISTINCT FROM NEW."mass";
        IF FOUND OR (NEW."mass" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."traits_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'mass' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_numeric_10_2")
                VALUES (OLD."id", 'mass', NEW."mass");
        END IF;
    END IF;
    IF NEW."memo" IS DISTINCT FROM OLD."memo" THEN
        UPDATE "dim"."traits_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'memo' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."memo";
        IF FOUND OR (NEW."memo" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."traits_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'memo' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."traits_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'memo', NEW."memo");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE VIEW "dim"."traits" AS
SELECT e."id",
       e."created_at",
       c."colour",
       c."mass",
       c."memo"
FROM "dim"."traits_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'colour') AS text) AS "colour",
                  CAST(any_value(a."value_numeric_10_2") FILTER (WHERE a."attribute_name" = 'mass') AS numeric(10,2)) AS "mass",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'memo') AS text) AS "memo"
           FROM "dim"."traits_attribute" a
           WHERE a."superseded_at" IS NULL
           GROUP BY a."entity_id") c ON c."entity_id" = e."id";

CREATE TRIGGER "traits_delete"
    INSTEAD OF DELETE ON "dim"."traits"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_traits_delete"();

CREATE TRIGGER "traits_insert"
    INSTEAD OF INSERT ON "dim"."traits"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_traits_insert"();

CREATE TRIGGER "traits_update"
    INSTEAD OF UPDATE ON "dim"."traits"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_traits_update"();

COMMENT ON VIEW "dim"."traits" IS 'Sparse product features';

COMMENT ON COLUMN "dim"."traits"."colour" IS 'What it looks like';

CREATE VIEW "dim"."traits_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       COALESCE(a."value_numeric_10_2"::text, a."value_text"::text) AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."traits_attribute" a;
