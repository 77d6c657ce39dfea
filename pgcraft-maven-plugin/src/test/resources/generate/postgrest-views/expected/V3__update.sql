-- pgcraft migration V3 (V3__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."sku_count";

REVOKE SELECT ON TABLE "api"."prices" FROM "gold_anon";
