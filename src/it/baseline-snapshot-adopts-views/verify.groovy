// 1: the database whose view was changed by hand is refused, naming the view with both definitions, and nothing is
// written (3 adopts into the same folder and would otherwise find a snapshot and refuse, or a migration and write no
// V1__baseline.sql). 2: the database as built is adopted into adopted/: the snapshot records each view with what it
// reads and returns, V1__baseline.sql creates each view after what it reads. 3: adopted again, then the next generate
// writes V2 with only the new column and the changed view; migrate applies it; the check migration and info agree.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def text = log.replaceAll(/jdbc:postgresql:\/\/localhost:\d+\//, 'jdbc:postgresql://localhost:PORT/')
def lines = text.readLines()
def at = { String line -> lines.findIndexOf { it.contains(line) } }

def refused = ':baseline (adopt) on project baseline-snapshot-adopts-views: ' +
        'jdbc:postgresql://localhost:PORT/postgres is not what model/v1.xml builds, in the schemas rpt, shop; ' +
        '1 object differs:\n' +
        '  view rpt.expensive: differs (- model, + database)\n' +
        '        ...\n' +
        '           FROM rpt.priced\n' +
        '      -   WHERE (price > (100)::numeric);\n' +
        '      +   WHERE (price > (1000)::numeric);\n' +
        'Nothing was written. [PGC-BASELINE-SNAPSHOT-DIFFERENT]\n' +
        "  Change the model until it describes the database (names included: pgcraft's names are in docs/naming.md), " +
        'or change the database, then run baseline again. A snapshot that does not match would make the next ' +
        'generate write the wrong migration.'
if (!text.contains(refused)) fail("build.log lacks the refusal:\n${refused}")

def comparing = '[INFO] Comparing jdbc:postgresql://localhost:PORT/postgres with model/v1.xml built from scratch on a ' +
        'throwaway embedded PostgreSQL 18.1 (schemas rpt, shop)'
def baselined = '[INFO] Baselined public.pgcraft_schema_history at version 1 (<< pgcraft Baseline >>): migrations up ' +
        'to 1 are taken as applied and never run; no later migration is pending.'
def adopted = '[INFO] The database is what the model builds; wrote V1__baseline.sql and pgcraft-snapshot.json: the ' +
        'next pgcraft:generate writes only what changes after this, as version 2'
def steps = [
    comparing,
    ':baseline (adopt) on project baseline-snapshot-adopts-views: jdbc:postgresql://localhost:PORT/postgres is not',
    comparing, baselined, adopted,
    comparing, baselined, adopted,
    '[INFO] Wrote src/main/resources/db/migration/V2__update.sql (2 changes), its undo file U2__update.sql and ' +
            'src/main/resources/db/migration/pgcraft-snapshot.json.',
    '[INFO]   replaces 1 view',
    '[INFO]   alters   table shop.items: adds column note',
    '[INFO] Applied V2__update.sql (',
    '[INFO] Applied V1__check_adopted.sql (',
]
def positions = []
steps.each { line ->
    def from = positions ? positions[-1] + 1 : 0
    def found = lines.subList(from, lines.size()).findIndexOf { it.contains(line) }
    if (found < 0) fail("build.log lacks, after the steps before it: ${line}")
    positions << from + found
}

// What run 2's baseline wrote: each view with what it reads (pg_depend) and returns, the index on the materialized
// view, the baseline file as the snapshot's only migration.
def adoptedFolder = new File(basedir, 'adopted')
def snapshot = new File(adoptedFolder, 'pgcraft-snapshot.json').readLines('UTF-8')
[
    '{"index": ["price_stats", "ux__price_stats__name"], "unique": true, "keys": ["name"], "onView": true},',
    '{"view": "expensive", "query": "SELECT name, price FROM rpt.priced WHERE price > 100", ' +
            '"reads": [["VIEW", "priced"]], "columns": [["name", "text"], ["price", "numeric(10,2)"]]},',
    '{"view": "price_stats", "materialized": true, ' +
            '"query": "SELECT name, count(*) AS n, max(price) AS top FROM rpt.priced GROUP BY name", ' +
            '"reads": [["VIEW", "priced"]], "columns": [["name", "text"], ["n", "bigint"], ["top", "numeric"]]},',
    '{"view": "priced", "query": "SELECT id, name, price FROM shop.items WHERE price IS NOT NULL", ' +
            '"reads": [["TABLE", "shop", "items"]], ' +
            '"columns": [["id", "bigint"], ["name", "text"], ["price", "numeric(10,2)"]]}',
].each { if (!snapshot.contains(it)) fail("adopted/pgcraft-snapshot.json lacks the line:\n${it}\n${snapshot.join('\n')}") }
def recorded = snapshot.findAll { it.contains('"script": ') }
if (recorded.size() != 1 || !recorded[0].contains('{"version": "1", "script": "V1__baseline.sql", ')) {
    fail("adopted/pgcraft-snapshot.json does not record V1__baseline.sql alone:\n${recorded.join('\n')}")
}
def baseline = new File(adoptedFolder, 'V1__baseline.sql').getText('UTF-8')
def order = ['CREATE TABLE "shop"."items"', 'CREATE VIEW "rpt"."priced"', 'CREATE VIEW "rpt"."expensive"',
             'CREATE MATERIALIZED VIEW "rpt"."price_stats"', 'CREATE UNIQUE INDEX "ux__price_stats__name"']
def offsets = order.collect { baseline.indexOf(it) }
if (offsets.contains(-1) || offsets != offsets.sort(false)) {
    fail("V1__baseline.sql does not create ${order.join(', ')} in that order:\n${baseline}")
}

// Run 3: the same baseline file (same model, same bytes); V2 holds only the change, no unchanged view recreated.
def folder = new File(basedir, 'src/main/resources/db/migration')
if (new File(folder, 'V1__baseline.sql').getText('UTF-8') != baseline) fail('the two adoptions wrote different baselines')
def statements = new File(folder, 'V2__update.sql').readLines('UTF-8')
        .findAll { !it.startsWith('--') && !it.isBlank() && !it.startsWith('SET LOCAL') }
def expected = ['ALTER TABLE "shop"."items"', '    ADD COLUMN "note" text;',
                'CREATE OR REPLACE VIEW "rpt"."expensive" AS', 'SELECT name, price FROM rpt.priced WHERE price >= 100;']
if (statements != expected) fail("V2 is not just the new column and the changed view:\n${statements.join('\n')}")
def installed = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/
if (!lines.any { it ==~ /\[INFO\] \| 1 +\| baseline +\| Baseline +\| +\| ${installed}/ }) fail('info does not show 1 as Baseline')
if (!lines.any { it ==~ /\[INFO\] \| 2 +\| update +\| Applied +\| yes +\| ${installed}/ }) fail('info does not show 2 as Applied')
return true
