// pgcraft:erd wrote exactly the expected Markdown (one mermaid block per schema, a cross-schema reference drawn
// as an entity named schema.dimension) and said so in one line.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-erd.md').getText('UTF-8')
def actual = new File(basedir, 'target/pgcraft/erd.md')
if (!actual.isFile()) fail('target/pgcraft/erd.md was not written')
if (actual.getText('UTF-8') != expected) fail("erd.md differs from expected-erd.md:\n${actual.getText('UTF-8')}")
def line = '[INFO] Wrote target/pgcraft/erd.md: 2 diagram(s), 4 dimension(s).'
if (!log.contains(line)) fail("build.log lacks: ${line}")
return true
