// repair accepted V1's new checksum only because it was named and marked the vanished V2 deleted, naming both
// rows; info and validate then agreed with the folder; with V1 changed again and no version named, repair refused
// and changed nothing.
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def sha256 = { File f -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def shipped = sha256(new File(basedir, 'src/main/resources/db/migration/V1__create_items.sql'))
def edited = sha256(new File(basedir, 'edited/V1__create_items.sql'))
def again = sha256(new File(basedir, 'edited-again/V1__create_items.sql'))

["[INFO] Realigned the checksum of V1__create_items.sql: ${shipped} -> ${edited}",
 '[INFO] Marked V2__add_price.sql (version 2) as deleted: its file is gone; what it did stays in the database',
 '| 1       | create items | Applied |',
 '| 2       | add price    | Deleted |',
 '[INFO] Validated 2 migrations: schema at version 2, 0 pending; no problems found.'].each {
    if (!log.contains(it)) fail("build.log lacks '${it}'")
}
def expected = ':repair (refused) on project repair-realigns-and-refuses: V1__create_items.sql changed after it was ' +
        "applied (applied ${edited}, now ${again}); repair accepts a changed file only when told. Nothing was " +
        'repaired. [PGC-REPAIR-CHECKSUM-NOT-ALLOWED]\n' +
        '  Revert the file, or, if the database already has what the changed file says, run repair with ' +
        '-Dpgcraft.repairChecksums=V1 (or all)\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
