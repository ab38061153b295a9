package org.neverout.report;

/** One section of the HTML report: its anchor, its entry in the navigation, and its markup. */
interface HtmlSection {
    /** The section's element id (the navigation's fragment). */
    String id();

    /** The navigation's label. */
    String navLabel();

    /** Whether the report has this section (optional sections need their data). */
    default boolean present() {
        return true;
    }

    /** Appends the section's markup; every model string escaped. */
    void render(StringBuilder html);
}
