package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/** When a {@code <materializedView refresh="…">} is filled. */
@XmlType(name = "RefreshMode")
@XmlEnum
public enum RefreshMode {
    /** Filled when created ({@code WITH DATA}), then only by the user's own {@code REFRESH}. */
    @XmlEnumValue("manual") MANUAL("manual"),
    /** Created {@code WITH NO DATA}; {@code migrate} refreshes it after a run that changed it or what it reads. */
    @XmlEnumValue("afterMigrate") AFTER_MIGRATE("afterMigrate"),
    /** As {@link #AFTER_MIGRATE}, with {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}. */
    @XmlEnumValue("concurrently") CONCURRENTLY("concurrently");

    private final String written;

    RefreshMode(String written) {
        this.written = written;
    }

    /** The value as written in {@code pgcraft.xml} (and in the {@code pgcraft:refresh} directive). */
    public String written() {
        return written;
    }
}
