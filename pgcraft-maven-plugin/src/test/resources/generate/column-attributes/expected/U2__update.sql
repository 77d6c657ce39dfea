-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- V2 lost data; undoing it restores the structure, not the data:
--   - change type of column count of table app.events from bigint to integer

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

COMMENT ON COLUMN "app"."events"."title" IS NULL;

COMMENT ON TABLE "app"."events" IS NULL;

ALTER TABLE "app"."events"
    ALTER COLUMN "title" TYPE character varying(20) USING "title"::character varying(20),
    ALTER COLUMN "title" DROP NOT NULL;

ALTER TABLE "app"."events"
    ALTER COLUMN "weight" DROP DEFAULT,
    ALTER COLUMN "weight" TYPE numeric(6,2) USING "weight"::numeric(6,2),
    ALTER COLUMN "weight" SET DEFAULT (1);

ALTER TABLE "app"."events"
    ALTER COLUMN "count" TYPE bigint USING "count"::bigint,
    ALTER COLUMN "count" SET DEFAULT (0),
    ALTER COLUMN "count" SET NOT NULL;

ALTER TABLE "app"."events"
    ALTER COLUMN "note" DROP DEFAULT;
