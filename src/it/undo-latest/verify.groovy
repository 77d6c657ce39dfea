// migrate applied V1 and V2; undo (no target) undid only V2 with U2; the SQL check proved the tables and the
// UNDO_SQL history row; info shows V2 as Undone (pending again) and V1 as Applied, both with an undo file.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def at = { String text -> lines.findIndexOf { it.contains(text) } }

def expected = [
    '[INFO] Applied V1__create_items.sql (',
    '[INFO] Applied V2__create_prices.sql (',
    '[INFO] Applied 2 migrations, now at version 2 (',
    ':undo (default-cli) @ undo-latest ---',
    '[INFO] Current version of public.pgcraft_schema_history: 2',
    '[INFO] Undid version 2 with U2__create_prices.sql (',
    '[INFO] Undid 1 migration, now at version 1 (',
    '[INFO] Applied V1__state_after_undo.sql (',
]
def positions = expected.collect { at(it) }
expected.eachWithIndex { text, i -> if (positions[i] < 0) fail("build.log lacks: ${text}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")
if (log.contains('U1__create_items.sql (')) fail('undo without a target undid more than the latest version')

def rows = lines.findAll { it ==~ /\[INFO\] \| \S+ +\| .*\|/ && !it.contains('| Version ') }
if (rows.size() != 2) fail("expected two migrations in the info table, found:\n${rows.join('\n')}")
def installed = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/
if (!(rows[0] ==~ /\[INFO\] \| 1 +\| create items +\| Applied +\| yes +\| ${installed}/)) fail("info row 1: ${rows[0]}")
if (!(rows[1] ==~ /\[INFO\] \| 2 +\| create prices +\| Undone +\| yes +\| ${installed}/)) fail("info row 2: ${rows[1]}")
if (!log.contains('[INFO] BUILD SUCCESS')) fail('the build did not succeed')
return true
