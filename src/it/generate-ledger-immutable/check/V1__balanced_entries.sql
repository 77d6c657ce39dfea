-- A balanced entry through the event, and one written row by row: both commit with this migration.
SELECT * FROM ops.ops_journal_transfer('cash', 'bank', 25.00);
INSERT INTO ops.journal (entry_id, account, value) VALUES ('00000000-0000-0000-0000-000000000001', 'bank', -5);
INSERT INTO ops.journal (entry_id, account, value) VALUES ('00000000-0000-0000-0000-000000000001', 'cash', 5);
DO $$
BEGIN
    IF (SELECT string_agg(account || '=' || balance, ', ' ORDER BY account) FROM ops.journal_balances)
            IS DISTINCT FROM 'bank=20.00, cash=-20.00' THEN
        RAISE EXCEPTION 'unexpected balances: %', (SELECT string_agg(account || '=' || balance, ', ') FROM ops.journal_balances);
    END IF;
END
$$;
