// The dry run wrote the SQL migrate would run and changed nothing (info found both files pending and no history);
// a dry run over a folder with a file that commits by itself was refused as migrate refuses it, with no plan written.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def plan = new File(basedir, 'target/plan.sql')
if (!plan.isFile()) fail('no target/plan.sql')
def sql = plan.getText('UTF-8')
['-- Nothing of this was run. Schema version now: none; 2 to apply.\n',
 '-- [history] public.pgcraft_schema_history does not exist: migrate creates it\n',
 'BEGIN;\nCREATE TABLE items (id bigint PRIMARY KEY, title text NOT NULL);\n' +
         '-- [history] INSERT INTO public.pgcraft_schema_history: version 1, V1__create_items.sql, success = true\nCOMMIT;\n',
 'BEGIN;\nALTER TABLE items ADD COLUMN price numeric(10,2);\n' +
         '-- [history] INSERT INTO public.pgcraft_schema_history: version 2, V2__add_price.sql, success = true\nCOMMIT;\n'].each {
    if (!sql.contains(it)) fail("plan.sql lacks:\n${it}")
}
if (sql.indexOf('V1__create_items.sql') > sql.indexOf('V2__add_price.sql')) fail('files out of order in plan.sql')
["[INFO] Dry run: wrote the SQL of 2 migrations to ${plan.path}; nothing was run, the database is unchanged",
 '| 1       | create items | Pending | no   |',
 '| 2       | add price    | Pending | no   |'].each {
    if (!log.contains(it)) fail("build.log lacks '${it}'")
}
def bad = new File(basedir, 'bad/V1__notes.sql')
def expected = ":migrate (bad-plan) on project migrate-dry-run-changes-nothing: ${bad.path}:2:1: V1__notes.sql contains " +
        'COMMIT, but pgcraft runs each file in its own transaction (with its history row) and would lose that ' +
        'guarantee. Nothing was applied. [PGC-MIGRATE-TRANSACTION-CONTROL]\n' +
        '  Remove the COMMIT statement from the file\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (new File(basedir, 'target/bad-plan.sql').exists()) fail('a refused dry run wrote its plan')
return true
