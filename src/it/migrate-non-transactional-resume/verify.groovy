// a's migrate applied V1, then failed in V2's non-transactional part, naming the file, line, column, the
// server's error and that the transactional part IS applied; b removed the duplicate, migrated again (resuming
// V2 without its transactional part), and its SQL check and info prove the end state.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def lines = log.readLines()
def at = { String text -> lines.findIndexOf { it.contains(text) } }

def v2 = new File(basedir, 'a/src/main/resources/db/migration/V2__unique_sku.sql')
def expected = ':migrate (migrate) on project a: ' +
        "${v2.path}:6:1: Migration V2__unique_sku.sql failed in the non-transactional statement at line 6: " +
        'could not create unique index "ux_items_sku" (SQLSTATE 23505)\n' +
        'Detail: Key (sku)=(A-1) is duplicated.\n' +
        'Statement: CREATE UNIQUE INDEX CONCURRENTLY ux_items_sku ...\n' +
        'Its transactional part (the statements before -- pgcraft:non-transactional) IS applied and recorded in ' +
        'public.pgcraft_schema_history as incomplete (success = false). [PGC-MIGRATE-NON-TRANSACTIONAL-FAILED]\n' +
        '  Fix the cause, then run pgcraft:migrate again: it resumes with the non-transactional part, from its ' +
        'first statement. Those statements must be safe to re-run (a failed CREATE INDEX CONCURRENTLY leaves an ' +
        'invalid index behind, which CREATE INDEX ... IF NOT EXISTS would keep: drop an invalid leftover first, ' +
        'as generated files do).'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")

def steps = [
    '[INFO] Applied V1__create_items.sql (',
    '[INFO] Applied V1__remove_duplicate_sku.sql (',
    '[INFO] Resuming V2__unique_sku.sql: its transactional part is applied; running its non-transactional part ' +
            'again from the first statement',
    '[INFO] Applied V2__unique_sku.sql (',
    '[INFO] Applied 1 migration, now at version 2 (',
    '[INFO] Applied V1__v2_resumed.sql (',
]
def positions = steps.collect { at(it) }
steps.eachWithIndex { text, i -> if (positions[i] < 0) fail("build.log lacks: ${text}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")

// On the resumed run, each non-transactional statement is logged as it starts and when it ends, with its time.
def resumed = at('[INFO] Resuming V2__unique_sku.sql')
def statementLines = lines.subList(resumed, lines.size()).findAll { it.startsWith('[INFO]   V2__unique_sku.sql:') }
def expectedStatements = [
    /\[INFO\]   V2__unique_sku.sql:4  running: SET lock_timeout = '5s';?/,
    /\[INFO\]   V2__unique_sku.sql:4  done in \d+ ms/,
    /\[INFO\]   V2__unique_sku.sql:5  running: DROP INDEX CONCURRENTLY IF EXISTS ux_items_sku;?/,
    /\[INFO\]   V2__unique_sku.sql:5  done in \d+ ms/,
    /\[INFO\]   V2__unique_sku.sql:6  running: CREATE UNIQUE INDEX CONCURRENTLY ux_items_sku ON items \(sku\);?/,
    /\[INFO\]   V2__unique_sku.sql:6  done in \d+ ms/,
]
if (statementLines.size() != expectedStatements.size()
        || ![statementLines, expectedStatements].transpose().every { line, pattern -> line ==~ pattern }) {
    fail("the resumed statements were not logged as expected:\n${statementLines.join('\n')}")
}

['1 +\\| create items', '2 +\\| unique sku'].each { version ->
    if (!lines.any { it ==~ /\[INFO\] \| ${version} +\| Applied +\| no +\| .*/ }) fail("info does not show ${version} Applied")
}
if (!lines.any { it ==~ /\[INFO\] a \.+ FAILURE \[.*/ }) fail('module a did not fail')
if (!lines.any { it ==~ /\[INFO\] b \.+ SUCCESS \[.*/ }) fail('module b did not succeed')
if (!log.contains('[INFO] Stopped 1 embedded PostgreSQL server.')) fail('b did not stop the server')
return true
