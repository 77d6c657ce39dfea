-- Fails the build unless V2 is recorded once and successful, its transactional part ran once, its index is
-- valid, and its SET lock_timeout did not outlive its non-transactional part.
DO $$
DECLARE
    rows text;
BEGIN
    SELECT string_agg(version || ' ' || type || ' ' || success, ', ' ORDER BY installed_rank)
      INTO rows
      FROM public.pgcraft_schema_history;
    IF rows IS DISTINCT FROM '1 SQL true, 2 SQL true' THEN
        RAISE EXCEPTION 'unexpected history: %', rows;
    END IF;
    IF (SELECT count(*) FROM audit) <> 1 THEN
        RAISE EXCEPTION 'V2''s transactional part ran % times', (SELECT count(*) FROM audit);
    END IF;
    IF NOT (SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_items_sku'::regclass) THEN
        RAISE EXCEPTION 'ux_items_sku is not valid';
    END IF;
END
$$;
