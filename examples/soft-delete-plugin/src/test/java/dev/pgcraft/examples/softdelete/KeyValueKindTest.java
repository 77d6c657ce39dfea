package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.KindPart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kind's own logic without pgcraft's engine: what it reads from its element, and its rules with their positions.
 * The engine's part (binding the core members, its rules, the SQL on PostgreSQL) is proven by the invoker IT
 * {@code generate-third-party-plugin} in the pgcraft repository.
 */
class KeyValueKindTest {

    private static final SourceLocation AT = new SourceLocation("pgcraft.xml", 4, 5);

    @Test
    void readsValueTypeFromItsElementWithTheXsdsDefault() throws Exception {
        KeyValueKind kind = new KeyValueKind();
        assertEquals(new KeyValueKind.KeyValuePart("text"), kind.part(dimension("text", List.of(), List.of())));
        assertEquals(new KeyValueKind.KeyValuePart("jsonb"), kind.part(dimension(null, List.of(), List.of())));
    }

    @Test
    void refusesIndexesAndReferencesAtTheirPositions() throws Exception {
        SourceLocation index = new SourceLocation("pgcraft.xml", 6, 7);
        SourceLocation column = new SourceLocation("pgcraft.xml", 5, 7);
        List<Problem> problems = new ArrayList<>();
        new KeyValueKind().check(dimension(null,
                List.of(ColumnSpec.of("plan", "text", true, column).withReferences("cfg.plans")),
                List.of(new IndexSpec(null, List.of("plan"), null, false, "btree", null, index))), problems);
        assertEquals(List.of("SD-KEY-VALUE-INDEX", "SD-KEY-VALUE-REFERENCES"),
                problems.stream().map(Problem::code).toList());
        assertEquals(index, problems.get(0).location());
        assertEquals("Column \"plan\" of sd:keyValue dimension cfg.settings declares references=\"cfg.plans\"; a "
                + "key-value store holds no foreign keys.", problems.get(1).message());
        assertEquals(column, problems.get(1).location());
    }

    /** {@code <sd:keyValue name="settings" valueType="…">} as pgcraft hands it over. */
    private static DimensionSpec dimension(String valueType, List<ColumnSpec> columns, List<IndexSpec> indexes)
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().newDocument();
        Element element = document.createElementNS(SoftDelete.NAMESPACE, "sd:keyValue");
        element.setAttributeNS(null, "name", "settings");
        if (valueType != null) {
            element.setAttributeNS(null, "valueType", valueType);
        }
        return new DimensionSpec(KeyValueKind.ELEMENT, "cfg", "settings", null, columns, List.of(), indexes,
                List.of(), List.of(), KindPart.NONE, List.of(), AT, new ExtensionElement(element, AT));
    }
}
