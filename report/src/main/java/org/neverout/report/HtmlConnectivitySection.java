package org.neverout.report;

/** The network's own connectivity (a model without services), as {@link ConnectivitySection} renders it. */
final class HtmlConnectivitySection implements HtmlSection {
    private final ConnectivitySection section;

    HtmlConnectivitySection(ConnectivitySection section) {
        this.section = section;
    }

    @Override
    public String id() {
        return "connectivity";
    }

    @Override
    public String navLabel() {
        return "Connectivity";
    }

    @Override
    public void render(StringBuilder html) {
        html.append(section.html());
    }
}
