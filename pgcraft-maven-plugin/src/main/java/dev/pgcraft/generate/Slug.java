package dev.pgcraft.generate;

import java.text.Normalizer;
import java.util.Locale;

/** The {@code <description>} part of {@code V<n>__<description>.sql}. */
final class Slug {

    private static final int MAX_LENGTH = 60;

    private Slug() {
    }

    /** From the user's message, or else {@code init} for a first migration and {@code update} after that. */
    static String of(String message, boolean first) {
        if (message != null && !message.isBlank()) {
            String slug = slugify(message);
            if (!slug.isEmpty()) {
                return slug;
            }
        }
        return first ? "init" : "update";
    }

    /** Lower case ASCII letters, digits and single underscores, so the name is the same on every file system. */
    static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("_+$", "");
        }
        return slug;
    }
}
