-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "app"."people"
    DROP CONSTRAINT "fk__people__team_id__teams";

ALTER TABLE "app"."people"
    DROP CONSTRAINT "ck__people__adult";

ALTER TABLE "app"."people"
    DROP CONSTRAINT "uq__people__email";

ALTER TABLE "app"."people"
    ADD COLUMN "mentor_id" bigint;

ALTER TABLE "app"."people"
    ADD CONSTRAINT "ck__people__adult" CHECK (age >= 21) NOT VALID;

ALTER TABLE "app"."people"
    ADD CONSTRAINT "ck__people__not_too_old" CHECK (age < 150) NOT VALID;

ALTER TABLE "app"."people"
    ADD CONSTRAINT "fk__people__mentor_id__people" FOREIGN KEY ("mentor_id")
        REFERENCES "app"."people" ("id")
        ON DELETE SET NULL ON UPDATE NO ACTION NOT VALID;

ALTER TABLE "app"."people"
    ADD CONSTRAINT "fk__people__team_id__teams" FOREIGN KEY ("team_id")
        REFERENCES "app"."teams" ("id")
        ON DELETE CASCADE ON UPDATE NO ACTION NOT VALID;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DROP INDEX CONCURRENTLY IF EXISTS "app"."ix__people__expr_6c838914";

DROP INDEX CONCURRENTLY IF EXISTS "app"."ix__people__age";

ALTER TABLE "app"."people"
    VALIDATE CONSTRAINT "ck__people__adult";

ALTER TABLE "app"."people"
    VALIDATE CONSTRAINT "ck__people__not_too_old";

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"app"."ix__people__age"') AND NOT indisvalid) THEN
        DROP INDEX "app"."ix__people__age";
    END IF;
END
$pgcraft$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix__people__age"
    ON "app"."people" USING btree ("age")
    WHERE (age > 30);

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"app"."ix__people__team_id_age"') AND NOT indisvalid) THEN
        DROP INDEX "app"."ix__people__team_id_age";
    END IF;
END
$pgcraft$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix__people__team_id_age"
    ON "app"."people" USING btree ("team_id", "age");

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"app"."ux__people__expr_6c838914"') AND NOT indisvalid) THEN
        DROP INDEX "app"."ux__people__expr_6c838914";
    END IF;
END
$pgcraft$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "ux__people__expr_6c838914"
    ON "app"."people" USING btree ((lower(email)));

ALTER TABLE "app"."people"
    VALIDATE CONSTRAINT "fk__people__mentor_id__people";

ALTER TABLE "app"."people"
    VALIDATE CONSTRAINT "fk__people__team_id__teams";

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"app"."uq__teams__name"') AND NOT indisvalid) THEN
        DROP INDEX "app"."uq__teams__name";
    END IF;
END
$pgcraft$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "uq__teams__name"
    ON "app"."teams" ("name");
DO $pgcraft$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('"app"."teams"') AND conname = 'uq__teams__name') THEN
        ALTER TABLE "app"."teams"
            ADD CONSTRAINT "uq__teams__name" UNIQUE USING INDEX "uq__teams__name";
    END IF;
END
$pgcraft$;
