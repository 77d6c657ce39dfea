-- Fails the build unless the history survived the type change and the view takes values only bigint can hold.
DO $$
BEGIN
    IF (SELECT string_agg(units::text, ',' ORDER BY version_id) FROM shop.stock_history WHERE sku = 'A-1')
            IS DISTINCT FROM '10,12' THEN
        RAISE EXCEPTION 'versions lost by the type change: %',
            (SELECT string_agg(units::text, ',' ORDER BY version_id) FROM shop.stock_history);
    END IF;
END
$$;
UPDATE shop.stock SET units = 5000000000 WHERE sku = 'A-1';
DO $$
BEGIN
    IF (SELECT units FROM shop.stock WHERE sku = 'A-1') IS DISTINCT FROM 5000000000
            OR (SELECT count(*) FROM shop.stock_history) <> 3
            OR (SELECT data_type FROM information_schema.columns
                WHERE table_schema = 'shop' AND table_name = 'stock' AND column_name = 'units') <> 'bigint' THEN
        RAISE EXCEPTION 'the recreated view does not write or read bigint units through its triggers';
    END IF;
END
$$;
