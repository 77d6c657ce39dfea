// Someone edited the committed V1 by hand (another default for price, an extra index): verify fails and names
// both objects, with each side's definition and what to do.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def expected = ':verify (default-cli) on project verify-detects-drift: ' +
        'Applying the 1 migration in src/main/resources/db/migration gives another catalog than building ' +
        'src/main/pgcraft/pgcraft.xml from scratch; 2 objects differ:\n' +
        '  column dim.products.price: differs\n' +
        '      from-scratch database: numeric(10,2) NOT NULL DEFAULT 0\n' +
        '      migrated database:     numeric(10,2) NOT NULL DEFAULT 1\n' +
        '  index dim.ix__products__price: only in migrated database\n' +
        '      CREATE INDEX ix__products__price ON dim.products USING btree (price) [PGC-VERIFY-DIFFERENT]\n' +
        '  If src/main/pgcraft/pgcraft.xml changed since the last pgcraft:generate, run pgcraft:generate: ' +
        'a model change not generated yet shows up here as differences. Do not edit generated migrations: ' +
        'if one was edited by hand, restore it (e.g. git checkout -- <file>) and put the change into the model ' +
        'instead.\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (!log.contains('[INFO] Verifying on a throwaway embedded PostgreSQL 18.')) fail('verify did not start its server')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
