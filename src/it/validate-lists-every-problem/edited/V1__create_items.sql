CREATE TABLE items (id bigint);
