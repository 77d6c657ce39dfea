// validate passed before and after the migrate (pending files are no problem, nothing was created), then failed
// against the edited folder listing every problem with what to do.
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

['[INFO] Validated 2 migrations: schema at no version, 2 pending; no problems found.',
 '[INFO] Applied 2 migrations, now at version 2 (',
 '[INFO] Validated 2 migrations: schema at version 2, 0 pending; no problems found.'].each {
    if (!log.contains(it)) fail("build.log lacks '${it}'")
}
if (log.indexOf('schema at no version, 2 pending') > log.indexOf('[INFO] Applied 2 migrations')) {
    fail('the first validate must run before the migrate')
}
def edited = new File(basedir, 'edited')
def sha256 = { File f -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def shipped = new File(basedir, 'src/main/resources/db/migration/V1__create_items.sql')
def expected = ':validate (edited) on project validate-lists-every-problem: 3 problems:\n' +
        "${new File(edited, 'V1__create_items.sql').path}: Migration checksum mismatch for V1__create_items.sql\n" +
        "Applied to database: ${sha256(shipped)}\n" +
        "Resolved locally: ${sha256(new File(edited, 'V1__create_items.sql'))} [PGC-MIGRATE-CHECKSUM-MISMATCH]\n" +
        '  Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair\n' +
        "${new File(edited, 'V2__add_price.sql').path}: Migration V2__add_price.sql (version 2) was applied to the " +
        "database but is missing locally in ${edited.path} [PGC-MIGRATE-MISSING-LOCALLY]\n" +
        '  Restore the file (e.g. from version control), or, if it was removed on purpose, run pgcraft:repair to ' +
        'remove its history row\n' +
        "${new File(edited, 'V3__notes.sql').path}:2:1: V3__notes.sql contains COMMIT, but pgcraft runs each file in " +
        'its own transaction (with its history row) and would lose that guarantee. Nothing was applied. ' +
        '[PGC-MIGRATE-TRANSACTION-CONTROL]\n' +
        '  Remove the COMMIT statement from the file\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
