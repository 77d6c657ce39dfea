// generate wrote V1 from pgcraft.xml and check passed on it; check@next, given pgcraft-next.xml (one more
// column), failed with the pending change and the fix, and wrote nothing.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

if (!log.contains('[INFO] Wrote src/main/resources/db/migration/V1__init.sql (')) fail('generate did not write V1')
if (!log.contains('[INFO] src/main/pgcraft/pgcraft.xml matches the snapshot; 1 migration unchanged\n')) {
    fail('check did not pass on the model it was generated from')
}
def expected = ':check (next) on project check-model-not-generated: src/main/pgcraft/pgcraft-next.xml: ' +
        'the model differs from the snapshot src/main/resources/db/migration/pgcraft-snapshot.json; ' +
        'pgcraft:generate would write a migration for:\n' +
        '    - add column price to table dim.items [PGC-CHECK-NOT-GENERATED]\n' +
        '  Run mvn pgcraft:generate and commit the new migration together with pgcraft-snapshot.json.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
def files = new File(basedir, 'src/main/resources/db/migration').list().sort()
if (files != ['U1__init.sql', 'V1__init.sql', 'pgcraft-snapshot.json']) fail("check must write nothing, found ${files}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
