package org.neverout.report;

/** Escaping of untrusted text for Markdown (GitHub/GitLab flavoured), in table cells and running text. */
public final class Markdown {
    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~";

    private Markdown() {
    }

    /**
     * Backslash-escapes Markdown punctuation (so ids like {@code a_b_c} or {@code [x](y)} print as
     * written), escapes {@code &}, turns line breaks into spaces (a table row is one line) and drops
     * control characters. {@code <} is escaped so no HTML passes through to the wiki.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c >= 0x20) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Inline code span for an id: backticks inside are replaced, so the span cannot be broken out of. */
    public static String code(String text) {
        String clean = escapeCodeContent(text);
        return "`" + clean + "`";
    }

    private static String escapeCodeContent(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                out.append('\'');
            } else if (c == '|') {
                out.append("\\|"); // GFM splits table cells on | even inside code spans
            } else if (c >= 0x20) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
