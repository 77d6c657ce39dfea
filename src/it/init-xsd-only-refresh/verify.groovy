// Run 1 (generate) warned once about the stale local XSD; run 2 (init -Dpgcraft.xsdOnly=true) rewrote it and the
// catalog but not the model; run 3 (generate) found nothing to do and no longer warned.
def fail = { String why -> throw new AssertionError(why) }
def lines = new File(basedir, 'build.log').readLines('UTF-8')
// The bundled PostgREST extension's XSD is one of the plugin's too, and this project has none yet.
def warning = '[WARNING] The XSDs in src/main/pgcraft/xsd are not this pgcraft plugin\'s (pgcraft-1.xsd, ' +
        'pgcraft-postgrest-1.xsd differ or ' +
        'are missing: copied by an older version?), so your IDE checks pgcraft.xml against another vocabulary. ' +
        'Refresh them: mvn pgcraft:init -Dpgcraft.xsdOnly=true'
def warnings = lines.findAll { it.contains('[WARNING]') }
if (warnings != [warning]) fail("expected exactly one warning, the stale-XSD one; found ${warnings}")
def refreshed = lines.findIndexOf { it == '[INFO] Wrote src/main/pgcraft/xsd/pgcraft-1.xsd' }
if (refreshed < 0) fail('init did not rewrite the XSD')
if (lines.findIndexOf { it == warning } > refreshed) fail('the warning came after the refresh')
if (!lines.any { it == '[INFO] Wrote src/main/pgcraft/xsd/catalog.xml' }) fail('init did not write the catalog')
if (!lines.any { it == '[INFO] Wrote src/main/pgcraft/xsd/pgcraft-postgrest-1.xsd' }) fail('init did not write the PostgREST XSD')
if (lines.any { it == '[INFO] Wrote src/main/pgcraft/pgcraft.xml' }) fail('xsdOnly wrote the model')
if (!lines.any { it.startsWith('[INFO] Nothing to generate') }) fail('run 3 did not find the model unchanged')
def shipped = new File(basedir, '../../../../xsd/pgcraft-1.xsd').bytes
if (new File(basedir, 'src/main/pgcraft/xsd/pgcraft-1.xsd').bytes != shipped) fail('the XSD was not refreshed')
return true
