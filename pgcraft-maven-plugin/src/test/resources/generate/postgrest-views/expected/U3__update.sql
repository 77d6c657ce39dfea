-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

GRANT SELECT ON TABLE "api"."prices" TO "gold_anon";

CREATE VIEW "api"."sku_count" AS
SELECT "products"
  FROM "rpt"."sku_count";

GRANT SELECT ON TABLE "api"."sku_count" TO "gold_user";

COMMENT ON VIEW "api"."sku_count" IS 'How many products there are';
