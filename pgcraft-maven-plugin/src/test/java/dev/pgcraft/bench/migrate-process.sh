#!/usr/bin/env bash
# What a user pays for pgcraft:migrate and pgcraft:info beyond Maven itself, beside Flyway's Maven plugin and psql:
# whole `mvn -o` processes on one project of N small migration files (MigrateBenchmark's: a table with a primary key
# and a comment each), each case run alternating with `mvn -o validate` on the same project; prints medians and
# "own" time = median(case) - median(validate), wall-clock and CPU (user + system, all threads). Cases: the first
# migrate onto an empty database, a no-op migrate with every file applied, info; the same two migrates by
# flyway-maven-plugin; and the floor: psql sending the same statements (each file's statements and its history row
# in one transaction) as one script. One embedded PostgreSQL 18 (MigrateProcessServer) serves every run; each first
# migrate gets a database of its own.
#
# Usage, from the repository root:
#   bash pgcraft-maven-plugin/src/test/java/dev/pgcraft/bench/migrate-process.sh [runs] [files]
# (default 5 runs, 500 files). Needs GNU /usr/bin/time and psql. It installs pgcraft into a local repository of its
# own under pgcraft-maven-plugin/target/ (everything else is read from ~/.m2 through maven.repo.local.tail, Maven
# 3.9+), and resolves flyway-maven-plugin online once if ~/.m2 lacks it.
# Environment: PGCRAFT_BENCH_REPO=<dir> times the pgcraft installed in that repository instead (e.g. an older one);
# PGCRAFT_BENCH_OUT=<dir> writes there instead of pgcraft-maven-plugin/target/migrate-process;
# MVN=<command> picks Maven (default: the project's ./mvnw).
set -euo pipefail

runs=${1:-5}
files=${2:-500}
flyway_version=11.14.1

for tool in /usr/bin/time psql; do
    command -v "$tool" >/dev/null || { echo "This script needs $tool (apt-get install time postgresql-client)" >&2; exit 1; }
done

root=$(cd "$(dirname "$0")/../../../../../../.." && pwd)
out=${PGCRAFT_BENCH_OUT:-$root/pgcraft-maven-plugin/target/migrate-process}
mvn=${MVN:-$root/mvnw}
rm -rf "$out/project" "$out/stop" "$out/server.properties"
mkdir -p "$out"
# The server runs from this tree's test classes, installed into a repository of the script's own; the timed runs
# use PGCRAFT_BENCH_REPO when it is set.
own_repo_args=(-Dmaven.repo.local="$out/repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")
repo=${PGCRAFT_BENCH_REPO:-$out/repo}
repo_args=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")
echo "Installing pgcraft into $out/repo ..."
(cd "$root" && "$mvn" -B -o -q install -DskipTests -Dinvoker.skip "${own_repo_args[@]}")
# The version of pgcraft to use (the root pom's) and of the JDBC driver Flyway gets.
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
postgresql_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")

project=$out/project
mkdir -p "$project"
cat > "$project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.pgcraft.bench</groupId>
  <artifactId>migrate-process</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.pgcraft</groupId>
        <artifactId>pgcraft-maven-plugin</artifactId>
        <version>$version</version>
      </plugin>
      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>$flyway_version</version>
        <configuration>
          <url>\${pgcraft.url}</url>
          <user>\${pgcraft.user}</user>
          <locations>
            <location>filesystem:\${project.basedir}/src/main/resources/db/migration</location>
          </locations>
        </configuration>
        <dependencies>
          <dependency>
            <groupId>org.flywaydb</groupId>
            <artifactId>flyway-database-postgresql</artifactId>
            <version>$flyway_version</version>
          </dependency>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>$postgresql_version</version>
          </dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
POM

echo "Starting PostgreSQL and writing $files migration files ..."
(cd "$root" && "$mvn" -B -q -pl pgcraft-maven-plugin test-compile org.codehaus.mojo:exec-maven-plugin:java "${own_repo_args[@]}" \
    -Dexec.classpathScope=test -Dexec.mainClass=dev.pgcraft.bench.MigrateProcessServer \
    -Dexec.args="$project/src/main/resources/db/migration $files $out/floor.psql $out/server.properties $out/stop") \
    > "$out/server.log" 2>&1 &
server=$!
trap 'touch "$out/stop"; wait $server || true' EXIT
for ((i = 0; i < 600; i++)); do
    [ -f "$out/server.properties" ] && break
    kill -0 $server 2>/dev/null || { echo "The server did not start:" >&2; cat "$out/server.log" >&2; exit 1; }
    sleep 0.5
done
port=$(sed -n 's/^port=//p' "$out/server.properties")
user=$(sed -n 's/^user=//p' "$out/server.properties")
url() { echo "jdbc:postgresql://localhost:$port/$1"; }
createdb() { psql -X -q -h localhost -p "$port" -U "$user" -d postgres -c "CREATE DATABASE \"$1\""; }

# time_cmd <label> <command...>: appends "<label> <wall s> <max RSS KiB> <CPU s>" to $out/times.
time_cmd() {
    local label=$1
    shift
    /usr/bin/time -o "$out/time.txt" -f "%e %M %U %S" "$@" > "$out/last.log" 2>&1 \
        || { echo "FAILED: $*" >&2; cat "$out/last.log" >&2; exit 1; }
    echo "$label $(awk '{printf "%s %s %.2f", $1, $2, $3 + $4}' "$out/time.txt")" >> "$out/times"
}
maven() {
    local label=$1
    shift
    time_cmd "$label" "$mvn" -B -o -q -f "$project/pom.xml" "${repo_args[@]}" -Dpgcraft.user="$user" "$@"
}

# Warm-up: the file system cache, Maven's first start, and Flyway's plugin resolved (online if ~/.m2 lacks it).
createdb warmup
"$mvn" -B -q -f "$project/pom.xml" "${repo_args[@]}" -Dpgcraft.user="$user" -Dpgcraft.url="$(url warmup)" \
    flyway:info > "$out/warmup.log" 2>&1 || { echo "Flyway could not be resolved:" >&2; cat "$out/warmup.log" >&2; exit 1; }
maven warmup validate

: > "$out/times"
for ((i = 0; i < runs; i++)); do
    createdb "pgcraft_$i"
    createdb "flyway_$i"
    createdb "psql_$i"
    maven validate validate
    maven pgcraft-first pgcraft:migrate -Dpgcraft.url="$(url "pgcraft_$i")"
    maven validate validate
    maven pgcraft-noop pgcraft:migrate -Dpgcraft.url="$(url "pgcraft_$i")"
    maven validate validate
    maven pgcraft-info pgcraft:info -Dpgcraft.url="$(url "pgcraft_$i")"
    maven validate validate
    maven flyway-first flyway:migrate -Dpgcraft.url="$(url "flyway_$i")"
    maven validate validate
    maven flyway-noop flyway:migrate -Dpgcraft.url="$(url "flyway_$i")"
    time_cmd psql-floor psql -X -q -h localhost -p "$port" -U "$user" -d "psql_$i" -f "$out/floor.psql"
done

median() {
    sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'
}
column_of() { awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$out/times" | median; }
base=$(column_of validate 2)
cpubase=$(column_of validate 4)
printf '%-34s %28s %28s\n' "" "wall-clock (s)" "CPU, user + system (s)"
printf '%-34s %9s %9s %8s %9s %9s %8s\n' "case ($files files)" median validate own median validate own
for case in pgcraft-first pgcraft-noop pgcraft-info flyway-first flyway-noop; do
    med=$(column_of "$case" 2)
    cpu=$(column_of "$case" 4)
    printf '%-34s %9.2f %9.2f %8.2f %9.2f %9.2f %8.2f\n' "$case" "$med" "$base" "$(echo "$med - $base" | bc -l)" \
        "$cpu" "$cpubase" "$(echo "$cpu - $cpubase" | bc -l)"
done
printf '%-34s %9.2f %9s %8s %9.2f\n' "psql-floor (whole process)" "$(column_of psql-floor 2)" "" "" \
    "$(column_of psql-floor 4)"
echo "(all runs: $out/times; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
