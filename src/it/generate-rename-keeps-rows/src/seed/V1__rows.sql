INSERT INTO shop.items (code, name) VALUES ('A-1', 'Anvil'), ('B-2', 'Bucket');
INSERT INTO shop.orders (item_id) SELECT id FROM shop.items WHERE code = 'B-2';
