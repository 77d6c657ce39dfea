// The second generate refused the column rename under a view whose query still names the old column, at the view's
// <query>, and wrote nothing: V1 from the first generate is still the only migration.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def expected = 'src/main/pgcraft/after.xml:10:7: View rpt.prices reads column price of dim.items (now cost), renamed ' +
        'in this change, but its query still names the old name; PostgreSQL does not rewrite a view\'s text, so the ' +
        'model\'s query would fail on a new database. Nothing was written. [PGC-VIEW-RENAME-UNDER]\n' +
        '  Update the view\'s <query> to the new name in the same change.'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
def migrations = new File(basedir, 'src/main/resources/db/migration')
def names = migrations.list().sort()
if (names != ['U1__init.sql', 'V1__init.sql', 'pgcraft-snapshot.json']) fail("unexpected files: ${names}")
return true
