-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "app"."accounts"
    DROP CONSTRAINT "ck__accounts__score_positive";

ALTER TABLE "app"."accounts"
    DROP COLUMN "legacy_flag";

ALTER TABLE "app"."accounts"
    ALTER COLUMN "nickname" SET DEFAULT ('anonymous');

ALTER TABLE "app"."accounts"
    ADD CONSTRAINT "nn__accounts__nickname" CHECK ("nickname" IS NOT NULL) NOT VALID;

ALTER TABLE "app"."accounts"
    ALTER COLUMN "score" DROP DEFAULT,
    ALTER COLUMN "score" TYPE bigint USING "score"::bigint;

ALTER TABLE "app"."accounts"
    ADD COLUMN "created_at" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "app"."accounts"
    ADD CONSTRAINT "ck__accounts__score_positive" CHECK (score > 0) NOT VALID;

COMMENT ON TABLE "app"."accounts" IS 'People who sign in';

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('"app"."accounts"') AND conname = 'nn__accounts__nickname') THEN
        ALTER TABLE "app"."accounts" VALIDATE CONSTRAINT "nn__accounts__nickname";
    END IF;
END
$pgcraft$;
ALTER TABLE "app"."accounts"
    ALTER COLUMN "nickname" SET NOT NULL;
ALTER TABLE "app"."accounts"
    DROP CONSTRAINT IF EXISTS "nn__accounts__nickname";

ALTER TABLE "app"."accounts"
    VALIDATE CONSTRAINT "ck__accounts__score_positive";

DO $pgcraft$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_index WHERE indexrelid = to_regclass('"app"."ix__accounts__created_at"') AND NOT indisvalid) THEN
        DROP INDEX "app"."ix__accounts__created_at";
    END IF;
END
$pgcraft$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix__accounts__created_at"
    ON "app"."accounts" USING btree ("created_at");
