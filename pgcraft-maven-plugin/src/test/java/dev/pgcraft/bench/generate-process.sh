#!/usr/bin/env bash
# What a user pays for pgcraft:generate and pgcraft:check beyond Maven itself: whole `mvn -o` processes on
# generated projects (ScaleModel: 1,000 dimensions by default, all simple and the four kinds mixed), each case run
# alternating with `mvn -o validate` on the same project; prints medians and "own" time = median(case) -
# median(validate), and each case's peak RSS (from /usr/bin/time). Cases: first run (no migrations yet), no change,
# one column added, check. It prints the same for CPU time (user + system, all threads): on a machine shared with
# other builds, wall-clock time mostly measures the wait for a core, CPU time much less so.
# generate runs with -Dpgcraft.prove=false: these figures are pgcraft's own work. Proving builds the model on an
# embedded PostgreSQL, which for 1,000 dimensions is the server's time, not ours; ProveBenchmark measures it.
#
# Usage, from the repository root:
#   bash pgcraft-maven-plugin/src/test/java/dev/pgcraft/bench/generate-process.sh [runs] [sizes...]
# (default 5 runs, size 1000; e.g. `3 500 1000` also gives the growth 1,000/500).
# It first builds and installs pgcraft into a local repository of its own under pgcraft-maven-plugin/target/
# (reading everything else from ~/.m2 through maven.repo.local.tail, Maven 3.9+), so ~/.m2 is left alone.
# Environment: PGCRAFT_BENCH_REPO=<dir> uses that repository instead and skips the build (e.g. to measure an older
# pgcraft installed there); PGCRAFT_BENCH_CLASSES=<dir> takes ScaleModel from there instead of compiling the test
# sources; PGCRAFT_BENCH_OUT=<dir> writes there instead of pgcraft-maven-plugin/target/generate-process;
# MVN=<command> picks Maven (default: the project's ./mvnw).
set -euo pipefail

runs=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)

if [ ! -x /usr/bin/time ]; then
    echo "This script needs /usr/bin/time (GNU time) for peak RSS; install it with: apt-get install time" >&2
    exit 1
fi

root=$(cd "$(dirname "$0")/../../../../../../.." && pwd)
out=${PGCRAFT_BENCH_OUT:-$root/pgcraft-maven-plugin/target/generate-process}
mvn=${MVN:-$root/mvnw}
mkdir -p "$out"
repo=${PGCRAFT_BENCH_REPO:-$out/repo}
repo_args=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")

if [ -z "${PGCRAFT_BENCH_REPO:-}" ]; then
    echo "Installing pgcraft into $repo ..."
    (cd "$root" && "$mvn" -B -o -q install -DskipTests -Dinvoker.skip "${repo_args[@]}")
fi
# ScaleModel needs only the JDK.
classes=${PGCRAFT_BENCH_CLASSES:-$root/pgcraft-maven-plugin/target/test-classes}
if [ -z "${PGCRAFT_BENCH_CLASSES:-}" ]; then
    (cd "$root" && "$mvn" -B -o -q -pl pgcraft-maven-plugin test-compile "${repo_args[@]}")
fi

# time_run <label> <project> <args...>: runs mvn, appends "<label> <wall s> <max RSS KiB> <CPU s>" to $out/times.
time_run() {
    local label=$1 project=$2
    shift 2
    /usr/bin/time -o "$out/time.txt" -f "%e %M %U %S" "$mvn" -B -o -q -f "$project/pom.xml" "${repo_args[@]}" "$@" \
        > "$out/last.log" 2>&1 || { echo "FAILED: mvn $* in $project" >&2; cat "$out/last.log" >&2; exit 1; }
    echo "$label $(awk '{printf "%s %s %.2f", $1, $2, $3 + $4}' "$out/time.txt")" >> "$out/times"
}

median() {
    sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'
}

reset_to_first_run() {
    local project=$1 migrations=$1/src/main/resources/db/migration
    rm -f "$migrations"/V2__* "$migrations"/U2__*
    cp "$project/snapshot-after-first-run.json" "$migrations/pgcraft-snapshot.json"
    cp "$project/model.xml" "$project/src/main/pgcraft/pgcraft.xml"
}

: > "$out/times"
for mix in simple mixed; do
    for size in "${sizes[@]}"; do
        project=$out/$mix-$size
        rm -rf "$project"
        java -cp "$classes" dev.pgcraft.bench.ScaleModel "$project-changed" "$mix" "$size" changed
        java -cp "$classes" dev.pgcraft.bench.ScaleModel "$project" "$mix" "$size"
        cp "$project/src/main/pgcraft/pgcraft.xml" "$project/model.xml"
        cp "$project-changed/src/main/pgcraft/pgcraft.xml" "$project/model-changed.xml"
        rm -rf "$project-changed"
        migrations=$project/src/main/resources/db/migration
        # Warm-up: the file system cache and Maven's own first start.
        time_run warmup "$project" validate
        for ((i = 0; i < runs; i++)); do
            rm -rf "$migrations"
            time_run "$mix-$size-validate" "$project" validate
            time_run "$mix-$size-first" "$project" pgcraft:generate -Dpgcraft.prove=false
            cp "$migrations/pgcraft-snapshot.json" "$project/snapshot-after-first-run.json"
            time_run "$mix-$size-validate" "$project" validate
            time_run "$mix-$size-nochange" "$project" pgcraft:generate -Dpgcraft.prove=false
            cp "$project/model-changed.xml" "$project/src/main/pgcraft/pgcraft.xml"
            time_run "$mix-$size-validate" "$project" validate
            time_run "$mix-$size-onecolumn" "$project" pgcraft:generate -Dpgcraft.prove=false
            reset_to_first_run "$project"
            time_run "$mix-$size-validate" "$project" validate
            time_run "$mix-$size-check" "$project" pgcraft:check
        done
    done
done

printf '%-14s %-10s %30s %30s %10s\n' "" "" "wall-clock (s)" "CPU, user + system (s)" ""
printf '%-14s %-10s %10s %10s %8s %10s %10s %8s %10s\n' model case median validate own median validate own "peak RSS"
for mix in simple mixed; do
    for size in "${sizes[@]}"; do
        base=$(awk -v l="$mix-$size-validate" '$1 == l {print $2}' "$out/times" | median)
        cpubase=$(awk -v l="$mix-$size-validate" '$1 == l {print $4}' "$out/times" | median)
        for case in first nochange onecolumn check; do
            label=$mix-$size-$case
            med=$(awk -v l="$label" '$1 == l {print $2}' "$out/times" | median)
            cpu=$(awk -v l="$label" '$1 == l {print $4}' "$out/times" | median)
            rss=$(awk -v l="$label" '$1 == l {print $3}' "$out/times" | sort -n | tail -1)
            printf '%-14s %-10s %10.2f %10.2f %8.2f %10.2f %10.2f %8.2f %6d MiB\n' "$mix $size" "$case" "$med" \
                "$base" "$(echo "$med - $base" | bc -l)" "$cpu" "$cpubase" "$(echo "$cpu - $cpubase" | bc -l)" \
                "$((rss / 1024))"
        done
    done
done
echo "(all runs: $out/times; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
