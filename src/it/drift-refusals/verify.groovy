// drift refuses to compare when there is nothing definite to compare with, saying why and what to do.
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
def raw = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = raw.readLines().collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def url = (raw =~ /Started embedded PostgreSQL [^ ]+ at (jdbc:postgresql:\/\/localhost:\d+\/postgres)/)[0][1]

def nothing = ':drift (drift) on project unmigrated: ' +
        "${url} has no migrations applied (per public.pgcraft_schema_history), so there is nothing to compare it " +
        'with [PGC-DRIFT-NOTHING-APPLIED]\n' +
        '  Run pgcraft:migrate first, or point pgcraft.url (and pgcraft.historyTable) at the database and history ' +
        'table the migrations in src/main/resources/db/migration were applied to.\n'
if (!log.contains(nothing)) fail("build.log lacks the expected failure:\n${nothing}")

def sha256 = { File f -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def edited = new File(basedir, 'edited/src/main/resources/db/migration/V1__items.sql')
def applied = new File(basedir, 'edited/applied/V1__items.sql')
def changed = ':drift (drift) on project edited: ' +
        "${edited.path}: Migration checksum mismatch for V1__items.sql\n" +
        "Applied to database: ${sha256(applied)}\n" +
        "Resolved locally: ${sha256(edited)} [PGC-MIGRATE-CHECKSUM-MISMATCH]\n" +
        '  Restore the file to what was applied (from version control) and run drift again: drift replays the files ' +
        'as they were applied\n'
if (!log.contains(changed)) fail("build.log lacks the expected failure:\n${changed}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
