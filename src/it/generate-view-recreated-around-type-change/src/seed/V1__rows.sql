-- Two versions of one entity, written through the view.
INSERT INTO shop.stock (sku, units) VALUES ('A-1', 10);
UPDATE shop.stock SET units = 12 WHERE sku = 'A-1';
