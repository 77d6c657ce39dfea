// Writes target/resaved: the shipped migrations as a Windows editor would re-save them, with a UTF-8
// byte-order mark and CRLF line endings. Done here rather than committed so git cannot normalise them.
def from = new File(basedir, 'src/main/resources/db/migration')
def to = new File(basedir, 'target/resaved')
to.mkdirs()
from.listFiles().findAll { it.name.endsWith('.sql') }.each { file ->
    def text = file.getText('UTF-8')
    assert !text.contains('\r')
    new File(to, file.name).setText('\uFEFF' + text.replace('\n', '\r\n'), 'UTF-8')
}
return true
