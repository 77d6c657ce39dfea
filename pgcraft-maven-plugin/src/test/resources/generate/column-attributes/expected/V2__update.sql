-- pgcraft migration V2 (V2__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "app"."events"
    ALTER COLUMN "title" TYPE text USING "title"::text,
    ALTER COLUMN "title" SET NOT NULL;

ALTER TABLE "app"."events"
    ALTER COLUMN "weight" DROP DEFAULT,
    ALTER COLUMN "weight" TYPE numeric(8,2) USING "weight"::numeric(8,2),
    ALTER COLUMN "weight" SET DEFAULT (2);

ALTER TABLE "app"."events"
    ALTER COLUMN "count" DROP DEFAULT,
    ALTER COLUMN "count" TYPE integer USING "count"::integer,
    ALTER COLUMN "count" DROP NOT NULL;

ALTER TABLE "app"."events"
    ALTER COLUMN "note" SET DEFAULT ('none');

COMMENT ON TABLE "app"."events" IS 'Things that happened';

COMMENT ON COLUMN "app"."events"."title" IS 'Shown in lists';
