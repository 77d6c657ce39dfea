package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code <ledger>}: immutable entries with a signed {@code value}; the rows of one entry share an {@code entry_id}.
 * Besides columns, checks and indexes it may hold {@code <doubleEntry/>}, one {@code <balance>}, one
 * {@code <latest>}, one {@code <minBalance>} and any number of {@code <event>}s.
 */
@XmlType(name = "LedgerDimensionType", propOrder = {"doubleEntry", "balance", "latest", "minBalance", "events"})
public class LedgerDimensionConfig extends DimensionConfig {

    public static final String KIND = "ledger";

    /** The value type when {@code valueType} is absent. */
    public static final String DEFAULT_VALUE_TYPE = "integer";

    @XmlAttribute(name = "valueType")
    private String valueType;

    @XmlElement(name = "doubleEntry")
    private DoubleEntryConfig doubleEntry;

    @XmlElement(name = "balance")
    private BalanceConfig balance;

    @XmlElement(name = "latest")
    private LatestConfig latest;

    @XmlElement(name = "minBalance")
    private MinBalanceConfig minBalance;

    @XmlElement(name = "event")
    private List<LedgerEventConfig> events = new ArrayList<>();

    @Override
    public String kind() {
        return KIND;
    }

    /** The type of {@code value} as written: {@code integer} (default), {@code bigint} or {@code numeric(p,s)}. */
    public String getValueType() {
        return valueType == null ? DEFAULT_VALUE_TYPE : valueType;
    }

    public void setValueType(String valueType) {
        this.valueType = valueType;
    }

    /** {@code <doubleEntry/>}, or {@code null} when the ledger does not require balanced entries. */
    public DoubleEntryConfig getDoubleEntry() {
        return doubleEntry;
    }

    public void setDoubleEntry(DoubleEntryConfig doubleEntry) {
        this.doubleEntry = doubleEntry;
    }

    /** {@code <balance>}, or {@code null}. */
    public BalanceConfig getBalance() {
        return balance;
    }

    public void setBalance(BalanceConfig balance) {
        this.balance = balance;
    }

    /** {@code <latest>}, or {@code null}. */
    public LatestConfig getLatest() {
        return latest;
    }

    public void setLatest(LatestConfig latest) {
        this.latest = latest;
    }

    /** {@code <minBalance>}, or {@code null}. */
    public MinBalanceConfig getMinBalance() {
        return minBalance;
    }

    public void setMinBalance(MinBalanceConfig minBalance) {
        this.minBalance = minBalance;
    }

    /** The {@code <event>}s in document order. */
    public List<LedgerEventConfig> getEvents() {
        return events;
    }

    public void setEvents(List<LedgerEventConfig> events) {
        this.events = new ArrayList<>(events);
    }

    /** Its own members as written (valueType only when written, so the kind applies the default). */
    @Override
    void addKindMembers(Document document, Element ledger) {
        if (valueType != null) {
            ledger.setAttributeNS(null, "valueType", valueType);
        }
        if (doubleEntry != null) {
            BoundElements.element(document, ledger, "doubleEntry", doubleEntry.getLocation());
        }
        if (balance != null) {
            BoundElements.element(document, ledger, "balance", balance.getLocation(), "groupBy", balance.rawGroupBy(),
                    "maintained", balance.isMaintained() ? "true" : null);
        }
        if (latest != null) {
            BoundElements.element(document, ledger, "latest", latest.getLocation(), "groupBy", latest.rawGroupBy());
        }
        if (minBalance != null) {
            BoundElements.element(document, ledger, "minBalance", minBalance.getLocation(), "groupBy",
                    minBalance.rawGroupBy(), "min", minBalance.getMin());
        }
        for (LedgerEventConfig event : events) {
            Element element = BoundElements.element(document, ledger, "event", event.getLocation(), "name",
                    event.getName());
            for (EventParamConfig param : event.getParams()) {
                BoundElements.element(document, element, "param", param.getLocation(), "name", param.getName(),
                        "type", param.getType());
            }
            BoundElements.text(document, element, "input", event.getLocation(), event.getInput());
            DesiredConfig desired = event.getDesired();
            if (desired != null) {
                Element desiredElement = BoundElements.element(document, element, "desired", desired.getLocation(),
                        "diffKeys", desired.rawDiffKeys());
                if (desired.getQuery() != null) {
                    desiredElement.setTextContent(desired.getQuery());
                }
            }
        }
    }
}
