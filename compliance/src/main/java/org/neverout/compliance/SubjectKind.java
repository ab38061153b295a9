package org.neverout.compliance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a rule is evaluated on. Every element kind of the model, the model itself, and each duty-of-care
 * measure (the ten NIS2 article 21(2) measures plus any other declared in {@code measures:}).
 */
public enum SubjectKind {
    EXTERNAL_PARTY, SUPPLIER, SITE, NODE, LINK, SERVICE, MODEL, MEASURE;

    /** The name used in rule files ({@code applies_to}) and reports, e.g. {@code external_party}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubjectKind> fromToken(String token) {
        return Arrays.stream(values()).filter(k -> k.token().equals(token)).findFirst();
    }

    public static String tokens() {
        return Arrays.stream(values()).map(SubjectKind::token).collect(Collectors.joining(" | "));
    }
}
