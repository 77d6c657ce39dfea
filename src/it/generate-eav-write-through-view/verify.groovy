// V1 creates the eav objects; the write migration (which fails the build unless the view and the history show what
// was written) was applied; the direct insert into the attribute log failed with the protection's exact message.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def v1 = new File(basedir, 'src/main/resources/db/migration/V1__init.sql').getText('UTF-8')
[
    '-- pgcraft:min-postgresql 16 <eav> dimensions (their view uses any_value())',
    'CREATE TABLE "dim"."features_entity" (',
    'CREATE TABLE "dim"."features_attribute" (',
    'CREATE VIEW "dim"."features" AS',
    'CREATE VIEW "dim"."features_history" AS',
    'INSTEAD OF INSERT ON "dim"."features"',
    'BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dim"."features_attribute"',
].each { if (!v1.contains(it)) fail("V1__init.sql lacks: ${it}\n---\n${v1}") }

[
    '[INFO] Applied V1__init.sql (',
    '[INFO] Applied V1__write_through_view.sql (',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }

def direct = new File(basedir, 'src/direct/V1__direct_write.sql')
def expected = ':migrate (direct) on project generate-eav-write-through-view: ' +
        "${direct.path}:2: Migration V1__direct_write.sql failed in the statement at line 2: " +
        'INSERT on dim.features_attribute is not allowed: write through the view dim.features (SQLSTATE 42501)\n' +
        'Hint: The tables behind an eav dimension keep its history; INSERT, UPDATE and DELETE the view instead.\n' +
        "Statement: INSERT INTO dim.features_attribute (entity_id, attribute_name, value_text) VALUES (1, 'color', 'green')"
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
return true
