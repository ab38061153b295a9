package org.neverout.io;

/** Escaping for XML written by hand; characters XML 1.0 cannot hold at all are dropped. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return escape(s, false);
    }

    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> {
                    if (attribute) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
