-- pgcraft migration U1 (U1__init.sql): undoes V1
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP TABLE "keys"."by_uuidv4";

DROP TABLE "keys"."by_serial";

DROP TABLE "keys"."by_identity";

DROP TABLE "keys"."by_default";

DROP SCHEMA "keys";
