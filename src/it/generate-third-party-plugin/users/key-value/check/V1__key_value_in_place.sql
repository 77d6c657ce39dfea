-- Fails the build unless the kind's objects are in the database as the model asks: the tables with the kind's
-- columns, the declared ones and created_at from <timestamps/>, the check, the JSON view, a foreign key from a core
-- dimension to a key-value store, and updated_at kept by <timestamps/>'s trigger on the kind's table.
DO $$
DECLARE
    found text;
BEGIN
    SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable, ', '
                      ORDER BY table_name, ordinal_position)
      INTO found
      FROM information_schema.columns
     WHERE table_schema = 'cfg' AND table_name IN ('settings', 'plans');
    IF found IS DISTINCT FROM 'plans.key:text:NO, plans.value:text:NO, '
                              'plans.updated_at:timestamp with time zone:NO, '
                              'plans.created_at:timestamp with time zone:NO, '
                              'settings.key:text:NO, settings.value:jsonb:NO, '
                              'settings.updated_at:timestamp with time zone:NO, settings.note:text:YES, '
                              'settings.created_at:timestamp with time zone:NO' THEN
        RAISE EXCEPTION 'key-value columns: %', found;
    END IF;
    BEGIN
        INSERT INTO cfg.settings (key, value) VALUES (' ', '1');
        RAISE EXCEPTION 'a blank key was accepted';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
    INSERT INTO cfg.settings (key, value, updated_at) VALUES ('max_users', '10', now() - interval '1 day'),
                                                             ('beta', 'true', now() - interval '1 day');
    IF (SELECT entries FROM cfg.settings_json) IS DISTINCT FROM '{"beta": true, "max_users": 10}'::jsonb THEN
        RAISE EXCEPTION 'settings_json: %', (SELECT entries FROM cfg.settings_json);
    END IF;
    UPDATE cfg.settings SET value = '20' WHERE key = 'max_users';
    IF (SELECT updated_at FROM cfg.settings WHERE key = 'max_users') < now() - interval '1 hour' THEN
        RAISE EXCEPTION 'updated_at was not kept on update';
    END IF;
    INSERT INTO cfg.plans (key, value) VALUES ('pro', 'The professional plan');
    INSERT INTO cfg.tenants (name, plan) VALUES ('acme', 'pro');
    BEGIN
        INSERT INTO cfg.tenants (name, plan) VALUES ('other', 'gold');
        RAISE EXCEPTION 'a tenant of an unknown plan was accepted';
    EXCEPTION WHEN foreign_key_violation THEN
        NULL;
    END;
    IF (SELECT entries FROM cfg.plans_json) IS DISTINCT FROM '{"pro": "The professional plan"}'::jsonb THEN
        RAISE EXCEPTION 'plans_json: %', (SELECT entries FROM cfg.plans_json);
    END IF;
END
$$;
