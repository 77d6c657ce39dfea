// With -Dpgcraft.skip=true every goal logs that it skips and how to undo it, and does nothing else: the build
// succeeds although each goal would fail if it ran.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
['start', 'generate', 'migrate', 'info', 'erd', 'report', 'init', 'stop'].each { goal ->
    def expected = "[INFO] Skipping pgcraft:${goal} because pgcraft.skip is true; " +
            'run without -Dpgcraft.skip (or set it to false) to run it.'
    if (!log.contains(expected)) fail("build.log lacks: ${expected}")
}
['Started embedded', 'Wrote ', 'Nothing to generate', 'Applied', 'Stopped', 'nothing to stop'].each {
    if (log.contains(it)) fail("a skipped goal did work: build.log contains '${it}'")
}
if (new File(basedir, 'src/main/resources').exists()) fail('a skipped generate wrote files')
if (new File(basedir, 'target').exists()) fail('a skipped erd or report wrote files')
if (!log.contains('[INFO] BUILD SUCCESS')) fail('the build did not succeed')
return true
