-- Written by hand, as generate writes views refreshed after the migration: created WITH NO DATA, filled by
-- migrate once the files are applied. "Top skus" reads sku_counts, yet is named first.
-- pgcraft:refresh "Rpt"."Top skus" afterMigrate
-- pgcraft:refresh "rpt"."sku_counts" concurrently

CREATE TABLE items (sku text NOT NULL, qty integer NOT NULL);
INSERT INTO items VALUES ('a', 1), ('a', 2), ('b', 5);

CREATE SCHEMA rpt;
CREATE MATERIALIZED VIEW rpt.sku_counts AS
    SELECT sku, count(*) AS n, sum(qty) AS total FROM items GROUP BY sku
    WITH NO DATA;
CREATE UNIQUE INDEX ux_sku_counts ON rpt.sku_counts (sku);

CREATE SCHEMA "Rpt";
CREATE MATERIALIZED VIEW "Rpt"."Top skus" AS
    SELECT sku FROM rpt.sku_counts WHERE total = (SELECT max(total) FROM rpt.sku_counts)
    WITH NO DATA;
