// Five invocations, each refused with its exact message, in this order; none wrote a history row (each ran on a
// server of its own, and a refusal commits nothing: BaselineTest checks the table is not even created).
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
// The embedded server's port differs per run.
def text = log.replaceAll(/jdbc:postgresql:\/\/localhost:\d+\//, 'jdbc:postgresql://localhost:PORT/')
def prefix = ':baseline (default-cli) on project baseline-refusals: '
def expected = [
    'jdbc:postgresql://localhost:PORT/postgres holds no table, view or function outside the system schemas: there is ' +
            'nothing to adopt, and a baseline would keep the migrations it covers from ever running there. Nothing ' +
            'was written. [PGC-BASELINE-EMPTY-DATABASE]\n' +
            '  Run pgcraft:migrate instead, which builds the schema from the migrations; or check that pgcraft.url ' +
            'names the database you mean.',
    'pgcraft.baselineVersion is not set, and there is no Flyway history table public.flyway_schema_history to take ' +
            'over. Nothing was written. [PGC-BASELINE-VERSION-MISSING]\n' +
            '  Set the version the database is at, e.g. -Dpgcraft.baselineVersion=3: migrations up to it are taken as ' +
            'applied, migrate applies the later ones. If Flyway migrated this database into another table, name it ' +
            'with -Dpgcraft.flywayTable=schema.table.',
    'pgcraft.baselineVersion is 7, but no migration file has that version (they are V1, V2). Nothing was written. ' +
            '[PGC-BASELINE-VERSION-NOT-A-FILE]\n' +
            '  Name the version of the last file whose changes the database already has: files up to it are taken as ' +
            'applied, the later ones are applied by migrate.',
    'public.pgcraft_schema_history already has 2 rows (the latest: V2__add_price.sql, installed_rank 2); baseline ' +
            'only adopts a database pgcraft has not migrated yet. Nothing was written. [PGC-BASELINE-HISTORY-NOT-EMPTY]\n' +
            '  Run pgcraft:info to see where the database stands; pgcraft:migrate goes on from there.',
    "pgcraft.baselineVersion is 'one', which is not a migration version [PGC-BASELINE-VERSION]\n" +
            '  Give the version the database is at, as in the file names: e.g. -Dpgcraft.baselineVersion=3 for ' +
            'V3__….sql (or 2.1 for V2_1__….sql).',
]
def positions = expected.collect { text.indexOf(prefix + it) }
expected.eachWithIndex { message, i -> if (positions[i] < 0) fail("build.log lacks refusal ${i + 1}:\n${message}") }
if (positions != positions.sort(false)) fail("the refusals came out of order: ${positions}")
if (text.contains('Baselined ')) fail('a refused run baselined')
return true
