package org.neverout.model;

/**
 * The security marking of a model ({@code classification:}, e.g. {@code DEPARTEMENTAAL VERTROUWELIJK}): free
 * text that every output derived from the model carries (the first line of text, a banner on every HTML and
 * printed page, Markdown, the {@code classification} field of JSON, SARIF run properties), and that makes every
 * file NeverOut writes private (0600). {@link #NONE} when the model has none: outputs then stay unmarked and
 * JSON has no {@code classification} field at all (absent, never null).
 *
 * @param marking the marking as written (trimmed, one line), or null for {@link #NONE}
 */
public record Classification(String marking) {
    /** An unclassified model. */
    public static final Classification NONE = new Classification(null);

    public Classification {
        if (marking != null) {
            marking = marking.strip();
            if (marking.isEmpty() || marking.contains("\n") || marking.contains("\r")) {
                throw new IllegalArgumentException("a classification is one non-empty line");
            }
        }
    }

    /** The marking {@code text}, or {@link #NONE} when it is null. */
    public static Classification of(String text) {
        return text == null ? NONE : new Classification(text);
    }

    /**
     * The marking of an output derived from several models (diff, history): the distinct markings in order,
     * joined by " / ", or {@link #NONE} when none of them is marked. O(n).
     */
    public static Classification combined(java.util.List<Classification> markings) {
        java.util.List<String> distinct = markings.stream().filter(Classification::isPresent)
                .map(Classification::marking).distinct().toList();
        return distinct.isEmpty() ? NONE : new Classification(String.join(" / ", distinct));
    }

    /** Whether there is a marking (outputs are marked and files private). */
    public boolean isPresent() {
        return marking != null;
    }

    /** The text with the marking as its first line, or the text itself when there is none. */
    public String markText(String text) {
        return isPresent() ? marking + "\n" + text : text;
    }

    @Override
    public String toString() {
        return isPresent() ? marking : "";
    }
}
