// migrate with no pgcraft.url fails before touching anything and names both ways to get a database.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n') + '\n'
def expected = 'pgcraft:migrate has no database to connect to: pgcraft.url is not set [PGC-DB-NOT-CONFIGURED]\n' +
        '  Either set pgcraft.url (with pgcraft.user and pgcraft.serverId or pgcraft.password), e.g. ' +
        '-Dpgcraft.url=jdbc:postgresql://localhost:5432/app, or run pgcraft:start earlier in the same build to ' +
        'use an embedded PostgreSQL, e.g. mvn pgcraft:start pgcraft:migrate pgcraft:stop\n'
if (!log.contains(':migrate (default-cli) on project migrate-no-database: ' + expected)) {
    fail("build.log lacks the expected failure:\n${expected}")
}
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
