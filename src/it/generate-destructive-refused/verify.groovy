// The committed snapshot has dim.items.legacy_code; pgcraft.xml no longer does. generate refused the drop, named
// the flag that allows it, and wrote nothing: no V2, and V1 and the snapshot are byte for byte as committed.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def expected = ':generate (default-cli) on project generate-destructive-refused: ' +
        'the model change would lose data; nothing was written. Destructive changes:\n' +
        '    - drop column legacy_code of table dim.items [PGC-GENERATE-DESTRUCTIVE]\n' +
        '  If that is intended, run again with -Dpgcraft.allowDestructive=true.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")

def dir = new File(basedir, 'src/main/resources/db/migration')
def before = new File(basedir, 'target/before')
def files = dir.list().sort()
if (files != ['V1__init.sql', 'pgcraft-snapshot.json']) fail("generate must write nothing, found ${files}")
if (before.list().sort() != files) fail("setup.groovy did not copy the committed files: ${before.list()}")
files.each {
    if (new File(dir, it).bytes != new File(before, it).bytes) fail("${it} was changed")
}
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
