package org.neverout.report;

import java.util.Locale;

/** The report formats of {@code neverout report --format}. */
public enum ReportFormat {
    HTML("html"), MARKDOWN("markdown"), JSON("json"), SARIF("sarif");

    private final String token;

    ReportFormat(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** A writer of this format with default settings (SARIF: URIs relative to the working directory). */
    public ReportWriter writer() {
        switch (this) {
            case HTML:
                return new HtmlReportWriter();
            case MARKDOWN:
                return new MarkdownReportWriter();
            case JSON:
                return new JsonReportWriter();
            default:
                return new SarifReportWriter();
        }
    }

    /**
     * The format named by a token ({@code md} is accepted for markdown), case-insensitive.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static ReportFormat parse(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        if (t.equals("md")) {
            return MARKDOWN;
        }
        for (ReportFormat f : values()) {
            if (f.token.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + token
                + "' (expected html, markdown, json or sarif)");
    }
}
