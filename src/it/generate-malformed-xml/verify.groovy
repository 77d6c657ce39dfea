// generate reported both mistakes, each at file:line:column with what is allowed there, and wrote nothing.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def expected = ':generate (default-cli) on project generate-malformed-xml: 2 problems:\n' +
        'src/main/pgcraft/pgcraft.xml:5:7: Unexpected element <colum> in <simple>; allowed here: <plugins>, <column>, ' +
        '<check>, <index>, an element of another namespace (a plugin or extension). [PGC-CONFIG-UNEXPECTED-ELEMENT]\n' +
        "  Check the element's spelling and position; the schema pgcraft-1.xsd (namespace urn:pgcraft:1) describes what goes where.\n" +
        'src/main/pgcraft/pgcraft.xml:6:7: Unknown attribute "nulable" on <column>; allowed: name, type, nullable, ' +
        'default, unique, comment, references, onDelete, onUpdate, previousName. [PGC-CONFIG-UNKNOWN-ATTRIBUTE]\n' +
        '  Remove it or correct its spelling.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
def resources = new File(basedir, 'src/main/resources')
if (resources.exists()) fail("generate wrote files although the model is broken: ${resources.listFiles()}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
