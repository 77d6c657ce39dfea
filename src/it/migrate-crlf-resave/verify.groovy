// The second migrate read the BOM+CRLF copies, found the same checksums and applied nothing; info shows
// both versions Applied, not "Checksum mismatch".
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

def resaved = new File(basedir, 'target/resaved')
['V1__create_items.sql', 'V2__add_price.sql'].each {
    byte[] bytes = new File(resaved, it).bytes
    if (!(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)) fail("${it}: no BOM")
    if (!new String(bytes, 'UTF-8').contains('\r\n')) fail("${it}: no CRLF")
}
if (!log.contains('[INFO] Applied 2 migrations, now at version 2 (')) fail('the shipped files were not applied')
if (lines.count { it.contains('[INFO] Applied V1__create_items.sql (') } != 1) fail('V1 was applied twice')
if (!log.contains('[INFO] Schema is up to date at version 2')) fail('the second migrate did not find it up to date')
if (log.contains('mismatch')) fail('a re-saved file was taken for an edited one')
['1 +\\| create items', '2 +\\| add price'].each { version ->
    if (!lines.any { it ==~ /\[INFO\] \| ${version} +\| Applied +\| .*/ }) fail("info does not show ${version} Applied")
}
if (!log.contains('[INFO] BUILD SUCCESS')) fail('the build did not succeed')
return true
