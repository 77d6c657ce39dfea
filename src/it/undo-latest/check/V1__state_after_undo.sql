-- Fails the build unless the undo removed V2's table, kept V1's, and recorded the undo as Flyway does.
DO $$
DECLARE
    rows text;
BEGIN
    IF to_regclass('public.prices') IS NOT NULL THEN
        RAISE EXCEPTION 'the undo left table prices behind';
    END IF;
    IF (SELECT count(*) FROM items) <> 1 THEN
        RAISE EXCEPTION 'table items lost its row';
    END IF;
    SELECT string_agg(version || ' ' || type || ' ' || script || ' ' || success, ', ' ORDER BY installed_rank)
      INTO rows
      FROM public.pgcraft_schema_history;
    IF rows IS DISTINCT FROM '1 SQL V1__create_items.sql true, 2 SQL V2__create_prices.sql true, '
                             '2 UNDO_SQL U2__create_prices.sql true' THEN
        RAISE EXCEPTION 'unexpected history: %', rows;
    END IF;
END
$$;
