-- pgcraft migration U2 (U2__update.sql): undoes V2
-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate. Do not edit: change the model and generate again.
-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())

SET LOCAL lock_timeout = '5s';
SET LOCAL standard_conforming_strings = on;

DROP VIEW "rpt"."catalog";

DROP VIEW "rpt"."stock_levels";

DROP MATERIALIZED VIEW "rpt"."sku_counts";

DROP VIEW "rpt"."product_prices";

DROP MATERIALIZED VIEW "rpt"."price_history_size";

DROP VIEW "rpt"."feature_colors";

DROP SCHEMA "rpt";
