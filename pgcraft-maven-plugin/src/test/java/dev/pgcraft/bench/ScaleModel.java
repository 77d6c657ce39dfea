package dev.pgcraft.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A large pgcraft.xml for the generate benchmarks: {@code count} dimensions in one schema, each with a few columns,
 * a foreign key to the previous dimension and an index; either all {@code simple}, or the four kinds in turn
 * (simple, appendOnly, eav, ledger; eav has neither foreign keys nor indexes, a ledger has a balance view instead of
 * an index). The "one column added" variant adds a
 * column to one simple dimension in the middle. The same arguments always give the same file.
 *
 * <p>{@link #main} writes a Maven project around such a model, for the whole-process script
 * ({@code generate-process.sh} beside this class): {@code <dir> <simple|mixed> <count> [changed]}.
 */
public final class ScaleModel {

    /** Which dimension kinds the model uses. */
    public enum Mix {
        SIMPLE, MIXED;

        private String kind(int index) {
            if (this == SIMPLE) {
                return "simple";
            }
            return switch (index % 4) {
                case 0 -> "simple";
                case 1 -> "appendOnly";
                case 2 -> "eav";
                default -> "ledger";
            };
        }
    }

    private ScaleModel() {
    }

    /** The model; with {@code changed}, one simple dimension in the middle has one column more. */
    public static String xml(Mix mix, int count, boolean changed) {
        StringBuilder xml = new StringBuilder(count * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<pgcraft xmlns=\"urn:pgcraft:1\">\n  <schema name=\"bench\">\n");
        int changedIndex = (count / 2) / 4 * 4;
        for (int i = 0; i < count; i++) {
            String kind = mix.kind(i);
            String name = name(i);
            xml.append("    <").append(kind).append(" name=\"").append(name).append('"');
            if (kind.equals("ledger")) {
                xml.append(" valueType=\"numeric(18,2)\"");
            }
            xml.append(" comment=\"Dimension ").append(i).append("\">\n");
            if (kind.equals("ledger")) {
                xml.append("      <column name=\"account\" type=\"text\" nullable=\"false\"/>\n");
            } else {
                xml.append("      <column name=\"title\" type=\"text\" nullable=\"false\"/>\n")
                        .append("      <column name=\"amount\" type=\"numeric(12,2)\" default=\"0\"/>\n")
                        .append("      <column name=\"active\" type=\"boolean\"/>\n");
            }
            if (i > 0 && !kind.equals("eav")) {
                xml.append("      <column name=\"previous_id\" type=\"bigint\" references=\"bench.")
                        .append(name(i - 1)).append("\"/>\n");
            }
            if (changed && i == changedIndex) {
                xml.append("      <column name=\"added\" type=\"text\"/>\n");
            }
            if (kind.equals("ledger")) {
                xml.append("      <balance groupBy=\"account\"/>\n");
            }
            if (!kind.equals("eav") && !kind.equals("ledger")) {
                xml.append("      <index columns=\"title\"/>\n");
            }
            xml.append("    </").append(kind).append(">\n");
        }
        return xml.append("  </schema>\n</pgcraft>\n").toString();
    }

    private static String name(int index) {
        return String.format(Locale.ROOT, "d%04d", index);
    }

    /** Writes {@code dir/pom.xml} and {@code dir/src/main/pgcraft/pgcraft.xml}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Mix mix = Mix.valueOf(args[1].toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(args[2]);
        boolean changed = args.length > 3 && args[3].equals("changed");
        Path config = dir.resolve("src/main/pgcraft/pgcraft.xml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, xml(mix, count, changed), StandardCharsets.UTF_8);
        String version = System.getProperty("pgcraft.version", "0.1.0-SNAPSHOT");
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.pgcraft.bench</groupId>
                  <artifactId>scale</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.pgcraft</groupId>
                        <artifactId>pgcraft-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version), StandardCharsets.UTF_8);
    }
}
