package org.neverout.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * The oracle of redaction tests: every string of a model that identifies something in it (ids and names of
 * every element kind, supplier and organisation names, vendors, software versions, descriptions, the model's
 * name) and every coordinate as a report could print it (several number formats), and a search of an output
 * for them. Reads the model's records directly; shares no code with the report it checks. An id is found
 * only as a whole token (not inside a longer id or word), a name anywhere, a coordinate as a whole number.
 * O(strings x output length).
 */
public final class IdentifyingStrings {
    private IdentifyingStrings() {
    }

    /** Ids and names of every element, the model name, vendors, software versions, organisations, descriptions. */
    public static Set<String> words(Model m) {
        Set<String> out = new LinkedHashSet<>();
        add(out, m.name());
        for (Site s : m.sites()) {
            add(out, s.id(), s.name());
        }
        for (PowerFeed f : m.powerFeeds()) {
            add(out, f.id(), f.name());
        }
        for (Node n : m.nodes()) {
            add(out, n.id(), n.name(), n.vendor(), n.software());
        }
        for (Link l : m.links()) {
            add(out, l.id(), l.name());
        }
        for (Group g : m.groups()) {
            add(out, g.id(), g.name());
        }
        for (Supplier s : m.suppliers()) {
            add(out, s.id(), s.name(), s.jurisdiction());
        }
        for (SoftwareVersion v : m.softwareVersions()) {
            add(out, v.id(), v.name(), v.vendor());
        }
        for (Service s : m.services()) {
            add(out, s.id(), s.name(), s.organisation(), s.description());
        }
        for (ExternalParty p : m.externalParties()) {
            add(out, p.id(), p.name());
        }
        return out;
    }

    /** Every latitude and longitude of a site or node, as written, rounded to 2 to 6 decimals, and plain. */
    public static Set<String> coordinates(Model m) {
        List<Double> values = new ArrayList<>();
        for (Site s : m.sites()) {
            values.add(s.lat());
            values.add(s.lon());
        }
        for (Node n : m.nodes()) {
            values.add(n.lat());
            values.add(n.lon());
        }
        Set<String> out = new LinkedHashSet<>();
        for (Double v : values) {
            if (v == null) {
                continue;
            }
            out.add(Double.toString(v));
            out.add(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            for (int decimals = 2; decimals <= 6; decimals++) {
                out.add(String.format(Locale.ROOT, "%." + decimals + "f", v));
            }
        }
        return out;
    }

    /**
     * What of {@link #words} and {@link #coordinates} the output holds, each once, in that order. The output is
     * searched as it is and with HTML's five entities decoded and Markdown's and JSON's backslash escapes
     * removed, so an escaped name is found too.
     */
    public static List<String> foundIn(Model m, String raw) {
        String output = raw + "\n" + raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&")
                .replaceAll("\\\\([\\p{Punct}])", "$1");
        List<String> found = new ArrayList<>();
        for (String w : words(m)) {
            // a name with spaces is searched as it is; an id-like token only as a whole token
            Pattern p = w.contains(" ") ? Pattern.compile(Pattern.quote(w))
                    : Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(w)
                            + "(?![\\p{L}\\p{N}_]|[-.][\\p{L}\\p{N}])");
            if (p.matcher(output).find()) {
                found.add(w);
            }
        }
        for (String c : coordinates(m)) {
            if (Pattern.compile("(?<![0-9.])" + Pattern.quote(c) + "(?![0-9])").matcher(output).find()) {
                found.add(c);
            }
        }
        return found;
    }

    private static void add(Set<String> out, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !Model.DEFENCE.equals(v)) {
                out.add(v.strip());
            }
        }
    }
}
