// generate (not proving: proving on 17 would refuse the model, ProverTest covers that) wrote V1 with the min-postgresql directive; migrate on PostgreSQL 17 failed before applying anything,
// naming the file, the version it needs and why.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def v1 = new File(basedir, 'src/main/resources/db/migration/V1__init.sql')
if (!v1.isFile()) fail('generate did not write V1__init.sql')
def sql = v1.getText('UTF-8')
['-- pgcraft:min-postgresql 18 uuidv7() primary keys (<pk type="uuidv7"/>)\n', 'DEFAULT (uuidv7())'].each {
    if (!sql.contains(it)) fail("V1__init.sql lacks: ${it}")
}
if (!log.contains('[INFO] Started embedded PostgreSQL 17.7 at ')) fail('the embedded server was not PostgreSQL 17.7')
def expected = ':migrate (default-cli) on project migrate-uuidv7-pg17: ' +
        "${v1.path}: V1__init.sql needs PostgreSQL 18 or newer (uuidv7() primary keys (<pk type=\"uuidv7\"/>)), " +
        'but the server runs PostgreSQL 17.7 (server_version_num 170007). Nothing was applied. ' +
        '[PGC-MIGRATE-SERVER-TOO-OLD]\n' +
        '  Use PostgreSQL 18 or newer, or change the setting in pgcraft.xml that needs it and regenerate the migration\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (log.contains('Applied V1')) fail('V1 was applied')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
