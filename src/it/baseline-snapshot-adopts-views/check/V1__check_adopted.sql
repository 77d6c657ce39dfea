-- Fails the build unless V2 ran on the adopted database and nothing else changed: the new column is there, the view
-- answers its new query, and the materialized view still holds the rows it was built with (not recreated).
DO $$
DECLARE
    expensive text := (SELECT string_agg(name, ',' ORDER BY name) FROM rpt.expensive);
    stats text := (SELECT string_agg(name || '=' || n || '/' || top, ',' ORDER BY name) FROM rpt.price_stats);
BEGIN
    IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'shop.items'::regclass AND attname = 'note') THEN
        RAISE EXCEPTION 'V2 did not add shop.items.note';
    END IF;
    IF expensive IS DISTINCT FROM 'anvil,anvil,bucket' THEN
        RAISE EXCEPTION 'rpt.expensive answers %', expensive;
    END IF;
    IF stats IS DISTINCT FROM 'anvil=2/150.00,bucket=1/100.00,rope=1/5.00' THEN
        RAISE EXCEPTION 'rpt.price_stats holds %', stats;
    END IF;
    IF (SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank) FROM public.pgcraft_schema_history)
            IS DISTINCT FROM '1:BASELINE,2:SQL' THEN
        RAISE EXCEPTION 'unexpected history: %', (SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank)
            FROM public.pgcraft_schema_history);
    END IF;
END
$$;
