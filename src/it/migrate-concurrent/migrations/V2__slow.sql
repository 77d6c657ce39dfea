-- Holds the lock long enough that the other module's migrate starts while this one is still running.
SELECT pg_sleep(3);
INSERT INTO accounts (name) VALUES ('cash');
