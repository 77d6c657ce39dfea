-- pgcraft:refresh rpt.sku_counts concurrently

INSERT INTO items VALUES ('c', 9);
