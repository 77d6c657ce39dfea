// init wrote the starter, the core XSD (byte for byte the plugin's) and the catalog, logging each; generate then
// turned the starter into V1 without any stale-XSD warning.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
['[INFO] Wrote src/main/pgcraft/xsd/pgcraft-1.xsd',
 '[INFO] Wrote src/main/pgcraft/xsd/catalog.xml',
 '[INFO] Wrote src/main/pgcraft/pgcraft.xml',
 '[INFO] For offline completion, IDEs read xsi:schemaLocation; VS Code (Red Hat XML) can also use '
         + 'src/main/pgcraft/xsd/catalog.xml as an xml.catalogs entry.',
 '[INFO] Wrote src/main/resources/db/migration/V1__init.sql',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }
if (log.contains('[WARNING]')) fail('unexpected warning in build.log')
def model = new File(basedir, 'src/main/pgcraft/pgcraft.xml').getText('UTF-8')
if (!model.contains('xsi:schemaLocation="urn:pgcraft:1 xsd/pgcraft-1.xsd"')) fail('the starter lacks its relative schemaLocation')
def shipped = new File(basedir, '../../../../xsd/pgcraft-1.xsd').bytes
if (new File(basedir, 'src/main/pgcraft/xsd/pgcraft-1.xsd').bytes != shipped) fail('the local XSD is not the plugin\'s')
def catalog = new File(basedir, 'src/main/pgcraft/xsd/catalog.xml').getText('UTF-8')
if (!catalog.contains('<uri name="urn:pgcraft:1" uri="pgcraft-1.xsd"/>')) fail("catalog lacks the core namespace:\n${catalog}")
if (!new File(basedir, 'src/main/resources/db/migration/V1__init.sql').getText('UTF-8').contains('CREATE TABLE "app"."customers"')) {
    fail('V1 does not create app.customers')
}
return true
