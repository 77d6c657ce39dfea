-- Fails the build unless V1 was not run (the row built by hand is still there, alone) and V2 was.
DO $$
BEGIN
    IF (SELECT count(*) FROM items) <> 1 OR (SELECT name FROM items) <> 'kept' THEN
        RAISE EXCEPTION 'the rows built by hand are not as they were';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'price') THEN
        RAISE EXCEPTION 'V2 was not applied';
    END IF;
    IF (SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank) FROM public.pgcraft_schema_history)
            <> '1:BASELINE,2:SQL' THEN
        RAISE EXCEPTION 'unexpected history: %', (SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank)
            FROM public.pgcraft_schema_history);
    END IF;
END $$;
