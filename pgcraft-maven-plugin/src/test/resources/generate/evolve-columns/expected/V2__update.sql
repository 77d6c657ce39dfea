-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

ALTER TABLE "app"."accounts"
    DROP CONSTRAINT "ck__accounts__score_positive";

ALTER TABLE "app"."accounts"
    DROP COLUMN "legacy_flag";

ALTER TABLE "app"."accounts"
    ALTER COLUMN "nickname" SET DEFAULT 'anonymous',
    ALTER COLUMN "nickname" SET NOT NULL;

ALTER TABLE "app"."accounts"
    ALTER COLUMN "score" TYPE bigint USING "score"::bigint,
    ALTER COLUMN "score" DROP DEFAULT;

ALTER TABLE "app"."accounts"
    ADD COLUMN "created_at" timestamp with time zone NOT NULL DEFAULT now();

ALTER TABLE "app"."accounts"
    ADD CONSTRAINT "ck__accounts__score_positive" CHECK (score > 0);

CREATE INDEX "ix__accounts__created_at"
    ON "app"."accounts" USING btree ("created_at");

COMMENT ON TABLE "app"."accounts" IS 'People who sign in';
