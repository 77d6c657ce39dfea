// The first migrate applied V1 and V2; the second, seeing an edited V1, failed with Flyway-style checksum
// mismatch text: the file, both checksums, and what to do.
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def sha256 = { File f -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

def shipped = new File(basedir, 'src/main/resources/db/migration/V1__create_items.sql')
def edited = new File(basedir, 'edited/V1__create_items.sql')
if (shipped.text.contains('\r') || edited.text.contains('\r')) fail('fixture files must have LF line endings')
if (sha256(shipped) == sha256(edited)) fail('fixture: the edited V1 must differ from the shipped one')

['[INFO] Applied V1__create_items.sql (', '[INFO] Applied V2__add_price.sql (',
 '[INFO] Applied 2 migrations, now at version 2 ('].each {
    if (!log.contains(it)) fail("the first migrate did not apply the shipped files: no '${it}'")
}
def expected = ':migrate (edited) on project migrate-checksum-mismatch: ' +
        "${edited.path}: Migration checksum mismatch for V1__create_items.sql\n" +
        "Applied to database: ${sha256(shipped)}\n" +
        "Resolved locally: ${sha256(edited)} [PGC-MIGRATE-CHECKSUM-MISMATCH]\n" +
        '  Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (log.contains('Migration checksum mismatch for V2')) fail('V2 is unchanged but was reported')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
