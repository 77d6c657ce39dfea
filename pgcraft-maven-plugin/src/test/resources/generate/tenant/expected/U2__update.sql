-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "dim"."prefs_history";

ALTER TABLE "dim"."prefs_attribute"
    DROP CONSTRAINT "ck__prefs_attribute__one_value";

DROP VIEW "dim"."prefs";

DROP FUNCTION "dim"."dim_prefs_touch"();

DROP TRIGGER "countries_touch" ON "dim"."countries";

DROP FUNCTION "dim"."dim_countries_touch"();

DROP TRIGGER "clients_touch" ON "dim"."clients";

DROP FUNCTION "dim"."dim_clients_touch"();

DROP VIEW "dim"."accounts_history";

DROP VIEW "dim"."accounts";

ALTER TABLE "dim"."clients"
    RENAME TO "customers";

ALTER TABLE "dim"."customers"
    RENAME COLUMN "mail" TO "email";

ALTER TABLE "dim"."accounts_attributes"
    RENAME COLUMN "client_id" TO "customer_id";

ALTER TABLE "dim"."accounts_root"
    RENAME COLUMN "client_id" TO "customer_id";

ALTER TABLE "dim"."customers"
    RENAME CONSTRAINT "pk__clients__id" TO "pk__customers__id";

ALTER INDEX "dim"."ux__clients__tenant_id_mail"
    RENAME TO "ux__customers__tenant_id_email";

ALTER TABLE "dim"."customers"
    RENAME CONSTRAINT "fk__clients__country_id__countries" TO "fk__customers__country_id__countries";

ALTER TABLE "dim"."accounts_root"
    RENAME CONSTRAINT "fk__accounts_root__client_id__clients" TO "fk__accounts_root__customer_id__customers";

ALTER TABLE "dim"."customers"
    RENAME CONSTRAINT "uq__clients__tenant_id_id" TO "uq__customers__tenant_id_id";

ALTER TABLE "dim"."accounts_root"
    RENAME CONSTRAINT "fk__accounts_root__tenant_id_client_id__clients" TO "fk__accounts_root__tenant_id_customer_id__customers";

ALTER TABLE "dim"."countries"
    DROP COLUMN "created_at";

ALTER TABLE "dim"."countries"
    DROP COLUMN "updated_at";

ALTER TABLE "dim"."customers"
    DROP COLUMN "created_at";

ALTER TABLE "dim"."customers"
    DROP COLUMN "updated_at";

ALTER TABLE "dim"."prefs_attribute"
    DROP COLUMN "value_timestamptz";

CREATE VIEW "dim"."accounts" AS
SELECT r."id", r."created_at", r."updated_at", r."tenant_id", r."customer_id"
   FROM "dim"."accounts_root" r;

CREATE TRIGGER "accounts_delete"
    INSTEAD OF DELETE ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_delete"();

CREATE VIEW "dim"."accounts_history" AS
SELECT a."root_id" AS "id", a."id" AS "version_id", a."created_at" AS "valid_from", COALESCE(lead(a."created_at") OVER (PARTITION BY a."root_id" ORDER BY a."id"), a."deleted_at") AS "valid_to", a."tenant_id", a."customer_id"
   FROM "dim"."accounts_attributes" a;

CREATE OR REPLACE FUNCTION "dim"."dim_accounts_insert"()
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
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'null value in column "tenant_id" of dim.accounts violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'tenant_id', HINT = 'Give "tenant_id" a value: dim.accounts declares it nullable="false".';
    END IF;
    v_id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('"dim"."accounts_root"', 'id')::pg_catalog.regclass);
    INSERT INTO "dim"."accounts_attributes" ("root_id", "created_at", "tenant_id", "customer_id")
        VALUES (v_id, v_now, NEW."tenant_id", NEW."customer_id")
        RETURNING "id" INTO v_version;
    INSERT INTO "dim"."accounts_root" ("id", "created_at", "updated_at", "accounts_attributes_id", "tenant_id", "customer_id")
        VALUES (v_id, v_now, v_now, v_version, NEW."tenant_id", NEW."customer_id");
    NEW."id" := v_id;
    NEW."created_at" := v_now;
    NEW."updated_at" := v_now;
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "accounts_insert"
    INSTEAD OF INSERT ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_insert"();

CREATE OR REPLACE FUNCTION "dim"."dim_accounts_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$DECLARE
    v_current "dim"."accounts_root"%ROWTYPE;
    v_changed pg_catalog.bool := false;
    v_version pg_catalog.int8;
    v_now pg_catalog.timestamptz := pg_catalog.now();
BEGIN
    IF NEW."id" IS DISTINCT FROM OLD."id" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "id" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'id', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "created_at" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'created_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    IF NEW."updated_at" IS DISTINCT FROM OLD."updated_at" THEN
        RAISE EXCEPTION USING MESSAGE = 'column "updated_at" of dim.accounts cannot be updated', ERRCODE = 'generated_always', SCHEMA = 'dim',
            TABLE = 'accounts', COLUMN = 'updated_at', HINT = 'id, created_at and updated_at are set by pgcraft: leave them out of the UPDATE.';
    END IF;
    SELECT * INTO v_current FROM "dim"."accounts_root" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."tenant_id" IS DISTINCT FROM OLD."tenant_id" AND NEW."tenant_id" IS DISTINCT FROM v_current."tenant_id" THEN
        v_current."tenant_id" := NEW."tenant_id";
        v_changed := true;
    END IF;
    IF NEW."customer_id" IS DISTINCT FROM OLD."customer_id" AND NEW."customer_id" IS DISTINCT FROM v_current."customer_id" THEN
        v_current."customer_id" := NEW."customer_id";
        v_changed := true;
    END IF;
    IF v_changed THEN
        IF v_current."tenant_id" IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'null value in column "tenant_id" of dim.accounts violates not-null constraint', ERRCODE = 'not_null_violation', SCHEMA = 'dim',
                TABLE = 'accounts', COLUMN = 'tenant_id', HINT = 'Give "tenant_id" a value: dim.accounts declares it nullable="false".';
        END IF;
        INSERT INTO "dim"."accounts_attributes" ("root_id", "created_at", "tenant_id", "customer_id")
            VALUES (OLD."id", v_now, v_current."tenant_id", v_current."customer_id")
            RETURNING "id" INTO v_version;
        UPDATE "dim"."accounts_root" SET "updated_at" = v_now, "accounts_attributes_id" = v_version, "tenant_id" = v_current."tenant_id", "customer_id" = v_current."customer_id"
            WHERE "id" = OLD."id";
        v_current."updated_at" := v_now;
    END IF;
    NEW."id" := v_current."id";
    NEW."created_at" := v_current."created_at";
    NEW."updated_at" := v_current."updated_at";
    NEW."tenant_id" := v_current."tenant_id";
    NEW."customer_id" := v_current."customer_id";
    RETURN NEW;
END;$pgcraft$;

CREATE TRIGGER "accounts_update"
    INSTEAD OF UPDATE ON "dim"."accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_accounts_update"();

CREATE OR REPLACE FUNCTION "dim"."dim_prefs_insert"()
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
        INSERT INTO "dim"."prefs_entity" DEFAULT VALUES
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    ELSE
        INSERT INTO "dim"."prefs_entity" ("id") VALUES (NEW."id")
            RETURNING "id", "created_at" INTO NEW."id", NEW."created_at";
    END IF;
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'tenant_id', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'tenant_id',
                  HINT = 'Column ' || 'tenant_id' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."tenant_id" IS NOT NULL THEN
        INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_uuid")
            VALUES (NEW."id", 'tenant_id', NEW."tenant_id");
    END IF;
    IF NEW."theme" IS NOT NULL THEN
        INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_text")
            VALUES (NEW."id", 'theme', NEW."theme");
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE OR REPLACE FUNCTION "dim"."dim_prefs_update"()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $pgcraft$#variable_conflict use_column
DECLARE
    pgcraft_failed boolean;
BEGIN
    PERFORM 1 FROM "dim"."prefs_entity" WHERE "id" = OLD."id" FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
        RAISE EXCEPTION 'the id and created_at of eav dimension % cannot be changed', 'dim.prefs'
            USING ERRCODE = 'feature_not_supported', SCHEMA = 'dim', TABLE = 'prefs',
                  HINT = 'Insert a new entity and delete the old one instead.';
    END IF;
    IF NEW."tenant_id" IS NULL THEN
        RAISE EXCEPTION 'null value in column % of eav dimension % violates not-null constraint', 'tenant_id', 'dim.prefs'
            USING ERRCODE = 'not_null_violation', SCHEMA = 'dim', TABLE = 'prefs', COLUMN = 'tenant_id',
                  HINT = 'Column ' || 'tenant_id' || ' is declared nullable="false": give it a value.';
    END IF;
    IF NEW."tenant_id" IS DISTINCT FROM OLD."tenant_id" THEN
        UPDATE "dim"."prefs_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'tenant_id' AND "superseded_at" IS NULL
              AND "value_uuid" IS DISTINCT FROM NEW."tenant_id";
        IF FOUND OR (NEW."tenant_id" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."prefs_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'tenant_id' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_uuid")
                VALUES (OLD."id", 'tenant_id', NEW."tenant_id");
        END IF;
    END IF;
    IF NEW."theme" IS DISTINCT FROM OLD."theme" THEN
        UPDATE "dim"."prefs_attribute" SET "superseded_at" = pg_catalog.now()
            WHERE "entity_id" = OLD."id" AND "attribute_name" = 'theme' AND "superseded_at" IS NULL
              AND "value_text" IS DISTINCT FROM NEW."theme";
        IF FOUND OR (NEW."theme" IS NOT NULL AND NOT EXISTS (SELECT FROM "dim"."prefs_attribute"
                WHERE "entity_id" = OLD."id" AND "attribute_name" = 'theme' AND "superseded_at" IS NULL)) THEN
            INSERT INTO "dim"."prefs_attribute" ("entity_id", "attribute_name", "value_text")
                VALUES (OLD."id", 'theme', NEW."theme");
        END IF;
    END IF;
    RETURN NEW;
END;$pgcraft$;

CREATE VIEW "dim"."prefs" AS
SELECT e."id",
       e."created_at",
       c."tenant_id",
       c."theme"
FROM "dim"."prefs_entity" e
LEFT JOIN (SELECT a."entity_id",
                  CAST(any_value(a."value_uuid") FILTER (WHERE a."attribute_name" = 'tenant_id') AS uuid) AS "tenant_id",
                  CAST(any_value(a."value_text") FILTER (WHERE a."attribute_name" = 'theme') AS text) AS "theme"
           FROM "dim"."prefs_attribute" a
           WHERE a."superseded_at" IS NULL
           GROUP BY a."entity_id") c ON c."entity_id" = e."id";

CREATE TRIGGER "prefs_delete"
    INSTEAD OF DELETE ON "dim"."prefs"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prefs_delete"();

CREATE TRIGGER "prefs_insert"
    INSTEAD OF INSERT ON "dim"."prefs"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prefs_insert"();

CREATE TRIGGER "prefs_update"
    INSTEAD OF UPDATE ON "dim"."prefs"
    FOR EACH ROW
    EXECUTE FUNCTION "dim"."dim_prefs_update"();

ALTER TABLE "dim"."prefs_attribute"
    ADD CONSTRAINT "ck__prefs_attribute__one_value" CHECK (num_nonnulls("value_text", "value_uuid") <= 1) NOT VALID;

CREATE VIEW "dim"."prefs_history" AS
SELECT a."id",
       a."entity_id",
       a."attribute_name",
       COALESCE(a."value_text"::text, a."value_uuid"::text) AS "value",
       a."created_at" AS "valid_from",
       a."superseded_at" AS "valid_to"
FROM "dim"."prefs_attribute" a;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

ALTER TABLE "dim"."prefs_attribute"
    VALIDATE CONSTRAINT "ck__prefs_attribute__one_value";
