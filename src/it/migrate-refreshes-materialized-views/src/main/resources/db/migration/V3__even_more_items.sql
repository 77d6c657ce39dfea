-- pgcraft:refresh rpt.sku_counts concurrently

INSERT INTO items VALUES ('d', 1), ('a', 1);
