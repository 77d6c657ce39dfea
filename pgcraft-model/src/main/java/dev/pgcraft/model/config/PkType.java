package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/** The primary key styles of {@code <pk type="…"/>}. */
@XmlType(name = "PkType")
@XmlEnum
public enum PkType {
    /** {@code bigint GENERATED ALWAYS AS IDENTITY}, the default. */
    @XmlEnumValue("identity") IDENTITY,
    /** {@code bigserial}. */
    @XmlEnumValue("serial") SERIAL,
    /** {@code uuid DEFAULT gen_random_uuid()}. */
    @XmlEnumValue("uuidv4") UUIDV4,
    /** {@code uuid DEFAULT uuidv7()}; needs PostgreSQL 18. */
    @XmlEnumValue("uuidv7") UUIDV7
}
