// 2: a database changed by hand is refused, naming the column, and nothing is written (3 would otherwise find the
// snapshot and refuse). 3: the database as built is adopted: V1__baseline.sql and the snapshot are written. 4: the
// next generate writes V2 with only the new column; migrate applies it; info shows the baseline and V2.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def text = log.replaceAll(/jdbc:postgresql:\/\/localhost:\d+\//, 'jdbc:postgresql://localhost:PORT/')
def lines = text.readLines()
def at = { String line -> lines.findIndexOf { it.contains(line) } }

def refused = ':baseline (default-cli) on project baseline-snapshot-adopts-model: ' +
        'jdbc:postgresql://localhost:PORT/postgres is not what model/v1.xml builds, in the schemas shop; 1 object differs:\n' +
        '  column shop.items.note: only in database\n' +
        '      text\n' +
        'Nothing was written. [PGC-BASELINE-SNAPSHOT-DIFFERENT]\n' +
        "  Change the model until it describes the database (names included: pgcraft's names are in docs/naming.md), " +
        'or change the database, then run baseline again. A snapshot that does not match would make the next ' +
        'generate write the wrong migration.'
if (!text.contains(refused)) fail("build.log lacks the refusal:\n${refused}")

def steps = [
    'Wrote legacy/V1__init.sql',
    '[INFO] Comparing jdbc:postgresql://localhost:PORT/postgres with model/v1.xml built from scratch on a throwaway ' +
            'embedded PostgreSQL 18.1 (schemas shop)',
    ':baseline (default-cli) on project baseline-snapshot-adopts-model: jdbc:postgresql://localhost:PORT/postgres is not',
    '[INFO] Baselined public.pgcraft_schema_history at version 1 (<< pgcraft Baseline >>): migrations up to 1 are ' +
            'taken as applied and never run; no later migration is pending.',
    '[INFO] The database is what the model builds; wrote V1__baseline.sql and pgcraft-snapshot.json: the next ' +
            'pgcraft:generate writes only what changes after this, as version 2',
    '[INFO] Wrote src/main/resources/db/migration/V2__update.sql (1 changes)',
    '[INFO] Applied V2__update.sql (',
]
def positions = steps.collect { at(it) }
steps.eachWithIndex { line, i -> if (positions[i] < 0) fail("build.log lacks: ${line}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")

def folder = new File(basedir, 'src/main/resources/db/migration')
def baseline = new File(folder, 'V1__baseline.sql').getText('UTF-8')
if (!baseline.contains('CREATE TABLE "shop"."items"')) fail("V1__baseline.sql does not build the model:\n${baseline}")
def statements = new File(folder, 'V2__update.sql').readLines('UTF-8')
        .findAll { !it.startsWith('--') && !it.isBlank() && !it.startsWith('SET LOCAL') }
if (statements != ['ALTER TABLE "shop"."items"', '    ADD COLUMN "price" numeric(10,2);']) {
    fail("V2 is not just the new column:\n${statements.join('\n')}")
}
def installed = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/
if (!lines.any { it ==~ /\[INFO\] \| 1 +\| baseline +\| Baseline +\| +\| ${installed}/ }) fail('info does not show 1 as Baseline')
if (!lines.any { it ==~ /\[INFO\] \| 2 +\| update +\| Applied +\| yes +\| ${installed}/ }) fail('info does not show 2 as Applied')

def snapshot = new File(basedir, 'src/main/resources/db/migration/pgcraft-snapshot.json')
def exists = ":baseline (default-cli) on project baseline-snapshot-adopts-model: ${snapshot.path} exists already: " +
        'generate keeps it up to date, and baseline does not replace it. Nothing was written. ' +
        '[PGC-BASELINE-SNAPSHOT-EXISTS]\n' +
        '  Run baseline without -Dpgcraft.baselineSnapshot=true; or, if that snapshot is not this model\'s (copied ' +
        'from elsewhere), delete it and run baseline again.'
if (!text.contains(exists)) fail("build.log lacks the refusal:\n${exists}")
def model = new File(basedir, 'model')
def noVersion = ":baseline (default-cli) on project baseline-snapshot-adopts-model: there is no migration in " +
        "${model.path} yet, so baseline writes the model as V<version>__baseline.sql, and pgcraft.baselineVersion " +
        'is not set. Nothing was written. [PGC-BASELINE-SNAPSHOT-VERSION]\n' +
        '  Set it, e.g. -Dpgcraft.baselineVersion=1: the database is at that version, and the next generate writes ' +
        'the version after it.'
if (!text.contains(noVersion)) fail("build.log lacks the refusal:\n${noVersion}")
if (new File(model, 'pgcraft-snapshot.json').exists()) fail('a refused baseline wrote a snapshot')
return true
