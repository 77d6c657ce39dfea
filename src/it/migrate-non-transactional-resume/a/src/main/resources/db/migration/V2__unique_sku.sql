CREATE TABLE audit (note text);
INSERT INTO audit VALUES ('transactional part of V2');
-- pgcraft:non-transactional
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY IF EXISTS ux_items_sku;
CREATE UNIQUE INDEX CONCURRENTLY ux_items_sku
    ON items (sku);
