CREATE TABLE prices (item_id int NOT NULL REFERENCES items, amount numeric(10,2) NOT NULL);
