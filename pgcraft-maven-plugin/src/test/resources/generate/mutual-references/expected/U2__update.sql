-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

ALTER TABLE "org"."employees"
    DROP CONSTRAINT "fk__employees__department_id__departments";

ALTER TABLE "org"."departments"
    DROP CONSTRAINT "fk__departments__head_id__employees";

DROP TABLE "org"."employees";

DROP TABLE "org"."departments";
