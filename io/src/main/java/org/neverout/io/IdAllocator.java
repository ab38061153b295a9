package org.neverout.io;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out ids that are unique across every kind of element of one model, deterministically: the
 * same requests in the same order give the same ids. A taken id gets the first free suffix
 * {@code -2}, {@code -3}, ...
 */
final class IdAllocator {
    private static final int MAX_SLUG = 48;
    private final Set<String> taken = new HashSet<>();

    /** Reserves {@code wanted}, or {@code wanted-N} with the smallest free N ≥ 2. */
    String allocate(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            String candidate = wanted + "-" + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    boolean isTaken(String id) {
        return taken.contains(id);
    }

    /**
     * A foreign id made valid as a model id (MODEL.md: no whitespace or control characters, not
     * starting with the implicit-event prefixes {@code software:} or {@code supplier:}), changed as
     * little as possible: each run of invalid characters becomes {@code _}; a reserved prefix gets
     * {@code x-} in front; an empty id becomes {@code x}.
     */
    static String valid(String foreign) {
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (int i = 0; i < foreign.length(); ) {
            int c = foreign.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.SURROGATE) {
                if (!replaced) {
                    out.append('_');
                }
                replaced = true;
            } else {
                out.appendCodePoint(c);
                replaced = false;
            }
        }
        String id = out.toString();
        if (id.isEmpty()) {
            return "x";
        }
        return id.startsWith("software:") || id.startsWith("supplier:") ? "x-" + id : id;
    }

    /**
     * A readable id fragment: lower case ASCII letters and digits, accents folded, every other run of
     * characters one hyphen, at most {@value #MAX_SLUG} characters; empty when nothing is left.
     */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < folded.length() && slug.length() < MAX_SLUG; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true;
            }
        }
        return slug.toString();
    }
}
