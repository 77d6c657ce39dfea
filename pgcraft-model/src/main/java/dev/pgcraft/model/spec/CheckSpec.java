package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

/** A named CHECK: {@code expression} is one boolean SQL expression, as written. */
public record CheckSpec(String name, String expression, SourceLocation location) {
}
