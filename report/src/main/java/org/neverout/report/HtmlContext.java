package org.neverout.report;

import org.neverout.engine.TargetVerdict;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.neverout.model.Severity;
import org.neverout.model.Model;

/**
 * What every section of the HTML report reads (the input, its facts, event labels, print options) and
 * the small pieces they share: escaping, chips, pills, number formats and tables that scroll inside their
 * own box. One per rendering; not reused.
 */
final class HtmlContext {
    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    final ReportInput input;
    final ReportFacts facts;
    final Model model;
    final EventLabels labels;
    /** Whether the cut-set appendix is printed (it is always on screen, collapsed). */
    final boolean appendixInPrint;

    HtmlContext(ReportInput input, boolean appendixInPrint) {
        this.input = input;
        this.facts = ReportFacts.of(input);
        this.model = input.model();
        this.labels = new EventLabels(model);
        this.appendixInPrint = appendixInPrint;
    }

    static String esc(String text) {
        return Html.escape(text);
    }

    /** A table in a box that scrolls sideways on its own, so a narrow screen never scrolls the page. */
    static String scroll(String table) {
        return "<div class=\"table-box\">" + table + "</div>";
    }

    /** Basic events as chips coloured by kind, the kind and name as hover title. */
    String chips(List<String> events) {
        return chips(labels, events);
    }

    /** Event chips coloured by kind, each with its kind and name as a hover title. */
    static String chips(EventLabels labels, List<String> events) {
        StringBuilder out = new StringBuilder("<span class=\"chips\">");
        for (String e : events) {
            out.append("<span class=\"chip k-").append(kindClass(labels, e)).append("\" title=\"")
                    .append(esc(labels.describe(e))).append("\">").append(esc(e)).append("</span>");
        }
        return out.append("</span>").toString();
    }

    /** The colour classes of {@link #chips} and what each means, in the order of the key. */
    static final List<String[]> CHIP_KINDS = List.of(new String[] {"node", "node"}, new String[] {"link", "link"},
            new String[] {"site", "site"}, new String[] {"power-feed", "power feed"},
            new String[] {"group", "group (shared duct, room, ...)"},
            new String[] {"software", "software version"}, new String[] {"supplier", "supplier"},
            new String[] {"service", "service"}, new String[] {"event", "other event"});

    /** The key to the chips' colours: one sample chip per kind. */
    static String chipKey() {
        StringBuilder out = new StringBuilder("<p class=\"note chip-key\">Basic events by kind: ");
        for (String[] kind : CHIP_KINDS) {
            out.append("<span class=\"chip k-").append(kind[0]).append("\">").append(esc(kind[1])).append("</span> ");
        }
        return out.append("</p>").toString();
    }

    private static String kindClass(EventLabels labels, String event) {

        String kind = labels.kind(event);
        if (kind.startsWith("software")) {
            return "software";
        }
        if (kind.startsWith("supplier") || kind.startsWith("subcontractor")) {
            return "supplier";
        }
        if (kind.startsWith("service")) {
            return "service";
        }
        if (kind.endsWith("group")) {
            return "group";
        }
        return kind.equals("node") || kind.equals("link") || kind.equals("site") || kind.equals("power feed")
                ? kind.replace(' ', '-') : "event";
    }

    /** The verdict as a coloured pill; short: one word, with the full description as hover title. */
    static String verdictPill(ServiceVerdict v, boolean shortText) {
        String tone;
        switch (v.verdict().status()) {
            case VIOLATED:
                tone = "bad";
                break;
            case UNVERIFIED:
                tone = "warn";
                break;
            case MEETS:
                tone = "good";
                break;
            default:
                tone = "neutral";
        }
        return "<span class=\"pill " + tone + "\" title=\"" + esc(v.describe()) + "\">"
                + esc(shortText ? v.verdict().label() : v.describe()) + "</span>";
    }

    static String severityPill(Severity s) {
        return "<span class=\"sev " + s.token() + "\">" + s.token() + "</span>";
    }

    static String targetPill(TargetVerdict v) {
        String tone = v == TargetVerdict.MET ? "good" : v == TargetVerdict.NOT_MET ? "bad"
                : v == TargetVerdict.UNDECIDED ? "warn" : "neutral";
        return "<span class=\"pill " + tone + "\">" + v.token() + "</span>";
    }

    static String yesNo(boolean yes, String good, String bad) {
        return yes ? "<span class=\"pill good\">" + good + "</span>" : "<span class=\"pill bad\">" + bad + "</span>";
    }

    static String fact(String term, String value) {
        return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>";
    }

    /** A fragment id derived from a model id: only [A-Za-z0-9_-], other characters hex-encoded. */
    static String anchor(String id) {
        StringBuilder out = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
                out.append(c);
            } else {
                out.append('.').append(Integer.toHexString(c));
            }
        }
        return out.toString();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 service" / "3 services". */
    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
