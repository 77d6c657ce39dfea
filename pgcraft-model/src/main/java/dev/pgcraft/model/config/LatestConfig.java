package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/** {@code <latest groupBy="…"/>}: the most recent entry row per group, as the view {@code S.T_latest}. */
@XmlType(name = "LatestType")
public class LatestConfig extends GroupedConfig {
}
