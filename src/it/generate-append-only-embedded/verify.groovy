// generate wrote the append-only objects; migrate applied them; the write migration (which fails the build when
// the versions are wrong) ran through the view; the direct UPDATE of the root failed with pgcraft's message.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def v1 = new File(basedir, 'src/main/resources/db/migration/V1__init.sql').getText('UTF-8')
[
    'CREATE TABLE "dim"."prices_attributes" (',
    'CREATE TABLE "dim"."prices_root" (',
    'CREATE VIEW "dim"."prices" AS',
    'CREATE VIEW "dim"."prices_history" AS',
    'CREATE FUNCTION "dim"."dim_prices_update"()',
    '    INSTEAD OF UPDATE ON "dim"."prices"',
    '    SECURITY DEFINER\n    SET search_path = pg_catalog, pg_temp',
    'CREATE TRIGGER "prices_root_protect"',
].each { if (!v1.contains(it)) fail("V1__init.sql lacks: ${it}") }

[
    '[INFO] Applied V1__init.sql (',
    '[INFO] Applied V1__write_through_view.sql (',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }

def raw = new File(basedir, 'src/raw/V1__write_raw_table.sql')
def expected = ':migrate (raw) on project generate-append-only-embedded: ' +
        "${raw.path}:2: Migration V1__write_raw_table.sql failed in the statement at line 2: " +
        'UPDATE on dim.prices_root is not allowed: write through the view dim.prices (SQLSTATE 42501)\n' +
        'Hint: The tables behind an appendOnly dimension keep its history; INSERT, UPDATE and DELETE the view ' +
        'instead.\n' +
        'Statement: UPDATE dim.prices_root SET amount = 0\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (log.contains('Applied V1__write_raw_table.sql')) fail('the direct write to dim.prices_root was applied')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
