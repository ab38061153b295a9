package org.neverout.report;

import org.neverout.model.Classification;

/**
 * The one rendering of a model's classification on pages and documents: a banner at the top and bottom of
 * every HTML page on screen and, in print, in the top and bottom margin of every printed page (CSS
 * {@code @page} margin boxes, which Chromium repeats on each page), and the first line of Markdown. Every
 * HTML page NeverOut writes (report, attack, capacity, sectors, the redacted report; the web application's
 * pages too) goes through {@link #mark}, or puts {@link #css}, {@link #top} and {@link #bottom} in itself.
 * An unclassified model gets nothing: no empty banner, no extra CSS. O(page length).
 */
public final class ClassificationBanner {
    private ClassificationBanner() {
    }

    /**
     * The banner's style sheet (screen and print), or "" when unclassified. The marking is CSS-escaped, so
     * it cannot end the style element or the string.
     */
    public static String css(Classification c) {
        if (!c.isPresent()) {
            return "";
        }
        String content = cssString(c.marking());
        return "/* classification banner */\n"
                + ".classification { display: block; margin: 0; padding: 4px 8px; text-align: center; "
                + "font: 700 0.95rem/1.3 system-ui, sans-serif; letter-spacing: 0.06em; color: #fff; "
                + "background: #9b1c1c; }\n"
                + "@media print {\n"
                + "  .classification { display: none; }\n"
                + "  @page {\n"
                + "    @top-center { content: " + content + "; color: #9b1c1c; font: 700 9pt sans-serif; }\n"
                + "    @bottom-center { content: " + content + "; color: #9b1c1c; font: 700 9pt sans-serif; }\n"
                + "  }\n"
                + "}\n";
    }

    /** The banner that opens the page body, or "" when unclassified. */
    public static String top(Classification c) {
        return banner(c, "top");
    }

    /** The banner that closes the page body, or "" when unclassified. */
    public static String bottom(Classification c) {
        return banner(c, "bottom");
    }

    private static String banner(Classification c, String where) {
        return c.isPresent() ? "<div class=\"classification " + where + "\" role=\"note\">" + Html.escape(c.marking())
                + "</div>\n" : "";
    }

    /**
     * A whole HTML page marked: the CSS before the first {@code </style>} (or in a style element of its own
     * before {@code </head>}), the top banner right after {@code <body>}, the bottom one right before
     * {@code </body>}. The page unchanged when unclassified.
     */
    public static String mark(Classification c, String page) {
        if (!c.isPresent()) {
            return page;
        }
        StringBuilder html = new StringBuilder(page);
        int style = html.indexOf("</style>");
        if (style >= 0) {
            html.insert(style, css(c));
        } else {
            html.insert(html.indexOf("</head>"), "<style>\n" + css(c) + "</style>\n");
        }
        return markBody(c, html.toString());
    }

    /**
     * The page with the top banner right after {@code <body ...>} (and its line break) and the bottom one
     * right before {@code </body>}, nothing else changed: for pages whose style sheet already styles
     * {@code .classification} (the web application's, where the CSP forbids an inline style). The page
     * unchanged when unclassified, without a body, or already marked. O(page length).
     */
    public static String markBody(Classification c, String page) {
        int body = page.indexOf("<body");
        int end = page.lastIndexOf("</body>");
        if (!c.isPresent() || body < 0 || end < body || page.contains("<div class=\"classification ")) {
            return page;
        }
        int bodyEnd = page.indexOf('>', body) + 1;
        if (bodyEnd < page.length() && page.charAt(bodyEnd) == '\n') {
            bodyEnd++;
        }
        return page.substring(0, bodyEnd) + top(c) + page.substring(bodyEnd, end) + bottom(c) + page.substring(end);
    }

    /** The Markdown document with the marking as its first line (bold) and last line, or unchanged. */
    public static String markdown(Classification c, String document) {
        if (!c.isPresent()) {
            return document;
        }
        String line = "**" + Markdown.escape(c.marking()) + "**\n";
        return line + "\n" + document + (document.endsWith("\n") ? "" : "\n") + "\n" + line;
    }

    /** A CSS string literal of {@code text}: quotes, backslashes, {@code <} and non-ASCII as hex escapes. */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e || cp == '"' || cp == '\\' || cp == '<' || cp == '>' || cp == '&') {
                s.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                s.append((char) cp);
            }
        });
        return s.append('"').toString();
    }
}
