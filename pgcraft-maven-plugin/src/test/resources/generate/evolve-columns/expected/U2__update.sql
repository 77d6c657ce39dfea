-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- V2 lost data; undoing it restores the structure, not the data:
--   - drop column legacy_flag of table app.accounts

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

COMMENT ON TABLE "app"."accounts" IS NULL;

ALTER TABLE "app"."accounts"
    DROP CONSTRAINT "ck__accounts__score_positive";

ALTER TABLE "app"."accounts"
    DROP COLUMN "created_at";

ALTER TABLE "app"."accounts"
    ALTER COLUMN "nickname" DROP DEFAULT,
    ALTER COLUMN "nickname" DROP NOT NULL;

ALTER TABLE "app"."accounts"
    ALTER COLUMN "score" TYPE integer USING "score"::integer,
    ALTER COLUMN "score" SET DEFAULT (0);

ALTER TABLE "app"."accounts"
    ADD COLUMN "legacy_flag" boolean;

ALTER TABLE "app"."accounts"
    ADD CONSTRAINT "ck__accounts__score_positive" CHECK (score >= 0) NOT VALID;

-- pgcraft:non-transactional
-- Runs after the part above has committed, one statement at a time, so no long lock blocks writes.
-- Every statement is safe to run again: after a failure, migrate resumes here.

SET lock_timeout = '5s';
SET standard_conforming_strings = on;

DROP INDEX CONCURRENTLY IF EXISTS "app"."ix__accounts__created_at";

ALTER TABLE "app"."accounts"
    VALIDATE CONSTRAINT "ck__accounts__score_positive";
