// init met an existing model: the build failed with the exact message, and nothing was written or changed.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = '[ERROR] Failed to execute goal dev.pgcraft:pgcraft-maven-plugin:'
def message = 'src/main/pgcraft/pgcraft.xml already exists; pgcraft:init never overwrites it, and wrote nothing ' +
        '[PGC-INIT-EXISTS]\n[ERROR]   Edit the model you have. To refresh only the local XSDs and catalog, run ' +
        'mvn pgcraft:init -Dpgcraft.xsdOnly=true.'
if (!log.contains(expected)) fail("build.log lacks: ${expected}")
if (!log.contains(message)) fail("build.log lacks: ${message}")
if (new File(basedir, 'src/main/pgcraft/xsd').exists()) fail('init wrote the XSD folder although it refused')
def model = new File(basedir, 'src/main/pgcraft/pgcraft.xml').getText('UTF-8')
if (!model.contains('<simple name="categories">')) fail('the existing model was changed')
return true
