// pgcraft:help -Ddetail (generated from the mojos' Javadoc by maven-plugin-plugin:helpmojo) prints exactly
// expected-help.txt. A new goal or parameter changes it on purpose: copy the new output (the lines of
// target/it/help-detail/build.log from the plugin's header to the last goal, without the first line's [INFO] prefix) over expected-help.txt
// and review the diff.
def fail = { String why -> throw new AssertionError(why) }
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def start = lines.findIndexOf { it.startsWith('[INFO] pgcraft Maven plugin ') }
def end = lines.findIndexOf(start) { it == '[INFO] ------------------------------------------------------------------------' }
if (start < 0 || end < 0) fail('no help output in build.log')
def actual = lines.subList(start, end).collect { it.startsWith('[INFO] ') ? it.substring(7) : it }
        .join('\n').replaceAll(/\d+\.\d+\.\d+(-SNAPSHOT)?/, '@version@').trim() + '\n'
def expected = new File(basedir, 'expected-help.txt').getText('UTF-8')
if (actual != expected) {
    new File(basedir, 'actual-help.txt').setText(actual, 'UTF-8')
    fail('pgcraft:help -Ddetail differs from expected-help.txt; see actual-help.txt beside it')
}
return true
