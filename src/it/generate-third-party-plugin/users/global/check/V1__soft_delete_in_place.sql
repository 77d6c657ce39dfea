-- Fails the build unless the plugin's objects are in the database as the model asks: deleted_at on items (global
-- softDelete), archived_at instead on orders (its own archive), neither on tags and journal (excluded), the partial
-- indexes, and a purge function that deletes only rows soft-deleted long enough ago.
DO $$
DECLARE
    found text;
BEGIN
    SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable, ', '
                      ORDER BY table_name, column_name)
      INTO found
      FROM information_schema.columns
     WHERE table_schema = 'dim' AND column_name IN ('deleted_at', 'archived_at');
    IF found IS DISTINCT FROM 'items.deleted_at:timestamp with time zone:YES, '
                              'orders.archived_at:timestamp with time zone:YES' THEN
        RAISE EXCEPTION 'soft-delete columns: %', found;
    END IF;
    SELECT string_agg(indexname || ' ' || indexdef, ', ' ORDER BY indexname)
      INTO found
      FROM pg_catalog.pg_indexes
     WHERE schemaname = 'dim' AND (indexname LIKE '%\_\_live' OR indexname LIKE '%\_\_current');
    IF found IS DISTINCT FROM
            'ix__items__live CREATE INDEX ix__items__live ON dim.items USING btree (id) WHERE (deleted_at IS NULL), '
            'ix__orders__current CREATE INDEX ix__orders__current ON dim.orders USING btree (id) '
            'WHERE (archived_at IS NULL)' THEN
        RAISE EXCEPTION 'partial indexes: %', found;
    END IF;
    INSERT INTO dim.items (sku, deleted_at) VALUES ('live', NULL), ('recent', now() - interval '1 hour'),
                                                   ('old', now() - interval '40 days');
    IF dim.dim_items_purge(interval '30 days') <> 1 THEN
        RAISE EXCEPTION 'purge did not delete exactly the one old row';
    END IF;
    SELECT string_agg(sku, ',' ORDER BY sku) INTO found FROM dim.items;
    IF found IS DISTINCT FROM 'live,recent' THEN
        RAISE EXCEPTION 'rows left after purge: %', found;
    END IF;
END
$$;
