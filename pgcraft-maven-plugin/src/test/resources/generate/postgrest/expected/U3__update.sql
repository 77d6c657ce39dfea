-- pgcraft migration U3 (U3__update.sql): undoes V3
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."journal_balances";

DROP VIEW "ops"."journal_balances";

DROP VIEW "api"."journal";

DROP TABLE "ops"."journal";

DROP FUNCTION "ops"."ops_journal_immutable"();

DROP VIEW "api"."products";

REVOKE SELECT, INSERT ON TABLE "api"."prices" FROM "gold_clerk";

DROP SCHEMA "ops";

GRANT SELECT ON TABLE "api"."prices" TO "gold_clerk";

CREATE VIEW "api"."products" AS
SELECT "id", "sku"
  FROM "dim"."products";

GRANT SELECT ON TABLE "api"."products" TO "gold_anon";

GRANT SELECT, INSERT, UPDATE ON TABLE "api"."products" TO "gold_user";

COMMENT ON VIEW "api"."products" IS 'Things we sell';

COMMENT ON COLUMN "api"."products"."sku" IS 'Stock keeping unit';
