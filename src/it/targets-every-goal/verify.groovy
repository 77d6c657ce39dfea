// A dry run, then each goal ran on the 3 tenants, 2 at a time, logging each line with its tenant, and ended with a
// summary table in which every tenant succeeded.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def port = (log =~ /Started embedded PostgreSQL [^ ]+ at jdbc:postgresql:\/\/localhost:(\d+)\/postgres/)[0][1]
def tenants = (1..3).collect { String.format('tenant_%02d', it) }

[migrate: ['none -> 1', 'applied 1'], validate: ['1', 'valid, 0 pending'], info: ['1', '0 pending'],
 drift: ['1', 'no drift']].each { goal, cells ->
    def started = "[INFO] Running pgcraft:${goal} on 3 targets, 2 at a time, stopping at the first failure."
    if (!log.contains(started)) fail("build.log lacks '${started}'")
    def headline = "[INFO] pgcraft:${goal} on 3 targets: 3 succeeded, 0 failed"
    if (!log.contains(headline)) fail("build.log lacks '${headline}'")
    tenants.each { tenant ->
        def row = ~("\\[INFO\\] \\| localhost:${port}/${tenant} \\| " +
                "jdbc:postgresql://localhost:${port}/${tenant} \\| " +
                "${java.util.regex.Pattern.quote(cells[0])} +\\| +\\d+ ms +\\| ${cells[1]} +\\|")
        if (!(log =~ row)) fail("build.log lacks the ${goal} row of ${tenant}")
    }
}
tenants.each { tenant ->
    ["[INFO] [localhost:${port}/${tenant}] Applied V1__init.sql (",
     "[INFO] [localhost:${port}/${tenant}] Validated 1 migration: schema at version 1, 0 pending; no problems found.",
     "[INFO] [localhost:${port}/${tenant}] | 1       | init        | Applied | no   |",
     "[INFO] [localhost:${port}/${tenant}] No drift: jdbc:postgresql://localhost:${port}/${tenant} is what its 1 " +
             'applied migration (up to version 1 in src/main/resources/db/migration) makes (']
            .each { if (!log.contains(it)) fail("build.log lacks '${it}'") }
}
// The dry run wrote a file per tenant, named after it, and changed nothing (migrate then applied V1 to each).
tenants.each { tenant ->
    def plan = new File(basedir, "target/plan-localhost_${port}_${tenant}.sql")
    if (!plan.isFile() || !plan.getText('UTF-8').contains('CREATE TABLE app.accounts')) fail("no dry run in ${plan}")
    def row = ~("\\[INFO\\] \\| localhost:${port}/${tenant} \\| .* \\| " +
            "dry run: plan-localhost_${port}_${tenant}.sql +\\|")
    if (!(log =~ row)) fail("build.log lacks the dry-run row of ${tenant}")
}
if (!log.contains('BUILD SUCCESS')) fail('the build did not succeed')
return true
