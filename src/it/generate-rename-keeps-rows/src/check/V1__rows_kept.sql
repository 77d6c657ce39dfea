-- Fails the build unless the rows written before the rename are there under the new names.
DO $$
BEGIN
    IF (SELECT string_agg(sku || '=' || title, ',' ORDER BY sku) FROM shop.products) IS DISTINCT FROM 'A-1=Anvil,B-2=Bucket' THEN
        RAISE EXCEPTION 'rows lost by the rename: %', (SELECT string_agg(sku || '=' || title, ',') FROM shop.products);
    END IF;
    IF (SELECT p.sku FROM shop.orders o JOIN shop.products p ON p.id = o.item_id) IS DISTINCT FROM 'B-2' THEN
        RAISE EXCEPTION 'the order lost its item';
    END IF;
END
$$;
