package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <event name="…">}: a function that writes one entry. Its {@code <param>}s are the function's arguments;
 * either an {@code <input>} query gives the rows to insert, or a {@code <desired>} query gives target balances
 * and the function inserts the difference.
 */
@XmlType(name = "LedgerEventType", propOrder = {"params", "input", "desired"})
public class LedgerEventConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlElement(name = "param")
    private List<EventParamConfig> params = new ArrayList<>();

    @XmlElement(name = "input")
    private String input;

    @XmlElement(name = "desired")
    private DesiredConfig desired;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The function's arguments in order. */
    public List<EventParamConfig> getParams() {
        return params;
    }

    public void setParams(List<EventParamConfig> params) {
        this.params = new ArrayList<>(params);
    }

    /** The SELECT giving the rows to insert, or {@code null} in diff mode. */
    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    /** The diff-mode query, or {@code null} when the event has an {@code <input>}. */
    public DesiredConfig getDesired() {
        return desired;
    }

    public void setDesired(DesiredConfig desired) {
        this.desired = desired;
    }
}
