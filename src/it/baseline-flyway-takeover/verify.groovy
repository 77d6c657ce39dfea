// Flyway 11 applied pgcraft's V1 and V2 (its own history lists them, the undo files ignored); pgcraft:baseline took
// that history over, each file proven to be the one Flyway ran; pgcraft:migrate applied V3 (a concurrent unique
// index); info shows all three applied. Then: a baseline below Flyway's version is refused, and Flyway refuses V3.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def lines = log.readLines()
def at = { String text -> lines.findIndexOf { it.contains(text) } }

def steps = [
    'Wrote src/main/resources/db/migration/V1__create_shop.sql',
    'Wrote src/main/resources/db/migration/V2__add_prices.sql',
    '[INFO] Successfully applied 2 migrations to schema "public", now at version v2',
    '| Versioned | 1       | create shop | SQL  |',
    '| Versioned | 2       | add prices  | SQL  |',
    'Wrote src/main/resources/db/migration/V3__add_gtin.sql',
    '[INFO] Took over V1__create_shop.sql (version 1, SQL, installed by postgres) from public.flyway_schema_history; '
            + 'the file is the one Flyway ran (CRC32 matches)',
    '[INFO] Took over V2__add_prices.sql (version 2, SQL, installed by postgres) from public.flyway_schema_history; '
            + 'the file is the one Flyway ran (CRC32 matches)',
    '[INFO] Took over 2 rows of public.flyway_schema_history into public.pgcraft_schema_history, now at version 2; '
            + 'pgcraft:migrate applies V3__add_gtin.sql. public.flyway_schema_history is left as it was: drop it once '
            + 'Flyway no longer runs on this database.',
    '[INFO] Applied V3__add_gtin.sql (',
    '[INFO] Applied 1 migration, now at version 3 (',
]
def positions = steps.collect { at(it) }
steps.eachWithIndex { text, i -> if (positions[i] < 0) fail("build.log lacks: ${text}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")
// Flyway leaves the undo files alone (U is Flyway Teams' undo prefix; the community edition skips them).
if (!log.contains('[INFO] 2 SQL migrations were detected but not run because they did not follow the filename convention.')) {
    fail('Flyway did not report skipping the two undo files')
}
// V3 really has a non-transactional part that builds the unique index concurrently.
def v3 = new File(basedir, 'src/main/resources/db/migration/V3__add_gtin.sql').getText('UTF-8')
if (!v3.contains('-- pgcraft:non-transactional') || !v3.contains('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "uq__products__gtin"')
        || !v3.contains('ADD CONSTRAINT "uq__products__gtin" UNIQUE USING INDEX "uq__products__gtin"')) {
    fail("V3 does not build its unique constraint concurrently:\n${v3}")
}
['1 +\\| create shop', '2 +\\| add prices', '3 +\\| add gtin'].each { version ->
    if (!lines.any { it ==~ /\[INFO\] \| ${version} +\| Applied +\| yes +\| .*/ }) fail("info does not show ${version} Applied")
}

def below = 'public.flyway_schema_history says version 2 is applied; a baseline at 1 would have migrate run the ' +
        'versions above 1 again. Nothing was written. [PGC-BASELINE-BELOW-FLYWAY]\n' +
        "  Leave pgcraft.baselineVersion out to take over Flyway's history, or set it to 2 or later."
if (!log.contains(below)) fail("build.log lacks the refusal:\n${below}")

// Flyway will not run a file that mixes transactional and non-transactional statements (by default): it applies V1
// and V2, then stops at V3's concurrent index build.
def flywayRefusal = 'org.flywaydb.core.api.FlywayException: Detected both transactional and non-transactional ' +
        'statements within the same migration (even though mixed is false). Offending statement found at line 24: ' +
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "uq__products__gtin"'
if (!log.contains(flywayRefusal)) fail("build.log lacks Flyway's refusal of V3:\n${flywayRefusal}")
if (at('[INFO] Migrating schema "public" to version "3 - add gtin"') >= 0) fail('Flyway started V3')
return true
