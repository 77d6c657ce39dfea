// Three changes made by hand are named, each with its definition (both sides for the changed function); the
// schema "other" made by hand too is not the migrations' and is left out.
def fail = { String why -> throw new AssertionError(why) }
def raw = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = raw.readLines().collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def url = (raw =~ /Started embedded PostgreSQL [^ ]+ at (jdbc:postgresql:\/\/localhost:\d+\/postgres)/)[0][1]
def expected = ':drift (default-cli) on project drift-reports-hand-changes: ' +
        "${url} has drifted from what its 2 applied migrations (up to version 2 in " +
        'src/main/resources/db/migration) make; 3 objects differ in schema app:\n' +
        '  column app.items.note: added (in the live database, not made by the migrations)\n' +
        '      text\n' +
        '  function app.item_count(): changed (- migrations, + live database)\n' +
        '        ...\n' +
        '         LANGUAGE sql\n' +
        '      - AS $function$ SELECT count(*) FROM app.items $function$\n' +
        '      + AS $function$ SELECT 42::bigint $function$\n' +
        '  index app.ix_items_name: dropped (the migrations make it, the live database lacks it)\n' +
        '      CREATE INDEX ix_items_name ON app.items USING btree (name) [PGC-DRIFT-FOUND]\n' +
        '  Someone changed the database outside the migrations. Either undo the change there, or, if it is to ' +
        'stay, put it into the model, run pgcraft:generate and apply the new migration (review it first: it is ' +
        'written for a database without the change).\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (log.contains('other.notes')) fail('drift reported the schema the migrations do not own')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
