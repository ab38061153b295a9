package org.neverout.report;

/** Escaping of untrusted text (model ids, names, messages) for HTML and SVG text and attributes. */
public final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '} so the text is inert in element content and in quoted attribute values;
     * null becomes the empty string. Control characters other than tab, newline and carriage return are
     * dropped (they are not allowed in HTML documents).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
