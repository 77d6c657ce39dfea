// The databases are made in the build (the server starts there); this writes what the build needs to find them:
// a free port for pgcraft:start, the migration creating the 20 tenant databases, and their URLs as
// pgcraft.targets (one per line, as a POM would list them).
def port = new ServerSocket(0).withCloseable { it.localPort }
def tenants = (1..20).collect { String.format('tenant_%02d', it) }
def databases = new File(basedir, 'target/databases')
databases.mkdirs()
new File(databases, 'V1__tenant_databases.sql').setText('-- pgcraft:non-transactional\n'
        + tenants.collect { "CREATE DATABASE ${it};\n" }.join(''), 'UTF-8')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('PGCRAFT_IT_PORT', "${port}")
        .replace('PGCRAFT_IT_TARGETS', tenants.collect { "\n                jdbc:postgresql://localhost:${port}/${it}" }
                .join('') + '\n              '), 'UTF-8')
return true
