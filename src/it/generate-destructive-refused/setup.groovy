// Keeps a copy of the committed migrations folder, byte for byte, so verify.groovy can prove generate wrote
// nothing.
def from = new File(basedir, 'src/main/resources/db/migration')
def to = new File(basedir, 'target/before')
to.mkdirs()
from.listFiles().each { new File(to, it.name).bytes = it.bytes }
return true
