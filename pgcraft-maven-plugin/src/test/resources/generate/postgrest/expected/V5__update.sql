-- pgcraft migration V5 (V5__update.sql)
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 15 <rest:postgrest security="invoker"> (security_invoker views)
-- pgcraft:notify pgrst reload schema

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "api"."products";

DROP VIEW "api"."journal_balances";

DROP VIEW "api"."journal";

CREATE VIEW "api"."journal" WITH (security_invoker=true) AS
SELECT "id", "entry_id", "created_at", "value", "account"
  FROM "ops"."journal";

GRANT SELECT, INSERT ON TABLE "api"."journal" TO "gold_user";

CREATE VIEW "api"."journal_balances" WITH (security_invoker=true) AS
SELECT "account", "balance"
  FROM "ops"."journal_balances";

GRANT SELECT ON TABLE "api"."journal_balances" TO "gold_user";

CREATE VIEW "api"."products" WITH (security_invoker=true) AS
SELECT "id", "sku", "price"
  FROM "dim"."products";
ALTER VIEW "api"."products" ALTER COLUMN "price" SET DEFAULT (0);

GRANT SELECT ON TABLE "api"."products" TO "gold_anon";

GRANT SELECT, INSERT, UPDATE ON TABLE "api"."products" TO "gold_user";

COMMENT ON VIEW "api"."products" IS 'Things we sell';

COMMENT ON COLUMN "api"."products"."sku" IS 'Stock keeping unit';

GRANT USAGE ON SCHEMA "dim" TO "gold_anon";

GRANT USAGE ON SCHEMA "dim" TO "gold_user";

GRANT SELECT ON TABLE "dim"."products" TO "gold_anon";

GRANT SELECT, INSERT, UPDATE ON TABLE "dim"."products" TO "gold_user";

GRANT SELECT, INSERT ON TABLE "ops"."journal" TO "gold_user";

GRANT SELECT ON TABLE "ops"."journal_balances" TO "gold_user";

GRANT USAGE ON SCHEMA "ops" TO "gold_user";
