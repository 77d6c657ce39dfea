/**
 * Benchmarks: runnable programs, not tests. Each measures pgcraft's generated SQL against a baseline in the same
 * run on the same embedded PostgreSQL and prints ratios, so the numbers compare like with like whatever the
 * machine; {@link dev.pgcraft.bench.GenerateBenchmark} measures pgcraft itself, and its ratios compare model sizes. Run one with
 * {@code ./mvnw -q install -DskipTests -Dinvoker.skip && ./mvnw -q -pl pgcraft-maven-plugin exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.pgcraft.bench.<Name>}.
 */
package dev.pgcraft.bench;
