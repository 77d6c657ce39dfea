package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * An element of {@code pgcraft.xml} that knows where its start tag is, so every later check can point at it.
 * {@link ConfigReader} stamps the location while unmarshalling; objects built in code have none until
 * {@link #setLocation} is called.
 */
@XmlTransient
public abstract class Located {

    @XmlTransient
    private SourceLocation location;

    /** Where the element's start tag begins; never {@code null} for anything {@link ConfigReader} returned. */
    public SourceLocation getLocation() {
        return location;
    }

    public void setLocation(SourceLocation location) {
        this.location = location;
    }
}
