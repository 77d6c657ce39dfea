-- Fails the build unless the views hold what the refreshes should have put there.
DO $$
DECLARE
    counts text := (SELECT string_agg(sku || '=' || n || '/' || total, ',' ORDER BY sku) FROM rpt.sku_counts);
    top text := (SELECT string_agg(sku, ',' ORDER BY sku) FROM "Rpt"."Top skus");
BEGIN
    IF counts IS DISTINCT FROM 'a=3/4,b=1/5,c=1/9,d=1/1' THEN
        RAISE EXCEPTION 'rpt.sku_counts holds %', counts;
    END IF;
    IF top IS DISTINCT FROM 'c' THEN
        RAISE EXCEPTION '"Rpt"."Top skus" holds %', top;
    END IF;
END
$$;
