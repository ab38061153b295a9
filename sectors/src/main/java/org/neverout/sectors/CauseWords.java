package org.neverout.sectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Model;

/**
 * The kind of a cause in plain words, for readers outside network engineering: "a shared software
 * version", "a supplier", "a cable duct", "a shared service", "two links", "a node and a power feed".
 * O(events) to build, O(|C|) per cause.
 */
public final class CauseWords {
    private final Map<String, String> kindOf = new HashMap<>();

    public CauseWords(Model model, CompiledModel compiled) {
        Map<String, GroupKind> groupKinds = new HashMap<>();
        for (Group g : model.groups()) {
            if (g.kind() != null) {
                groupKinds.put(g.id(), g.kind());
            }
        }
        for (BasicEvent e : compiled.events()) {
            kindOf.put(e.id(), e.kind() == EventKind.GROUP ? group(groupKinds.get(e.id())) : words(e.kind()));
        }
    }

    private static String words(EventKind kind) {
        return switch (kind) {
            case NODE -> "node";
            case LINK -> "link";
            case SITE -> "site";
            case POWER -> "power feed";
            case GROUP -> "shared-risk group";
            case SOFTWARE -> "shared software version";
            case SUPPLIER -> "supplier";
            case SERVICE -> "shared service";
        };
    }

    private static String group(GroupKind kind) {
        if (kind == null) {
            return "shared-risk group";
        }
        return switch (kind) {
            case CONDUIT -> "cable duct";
            case BUILDING -> "building";
            case REGION -> "region";
            case POWER -> "shared power group";
            default -> "shared-risk group";
        };
    }

    /** One event's kind without article: "cable duct", "shared software version". */
    public String kind(String eventId) {
        String k = kindOf.get(eventId);
        if (k != null) {
            return k;
        }
        return eventId.startsWith("software:") ? "shared software version"
                : eventId.startsWith("supplier:") ? "supplier" : "event";
    }

    /** The whole cause: "a supplier", "two links", "a node and a cable duct" (kinds in first-seen order). */
    public String of(List<String> cutSet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cutSet.forEach(e -> counts.merge(kind(e), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(n == 1 ? article(k) + " " + k : number(n) + " " + plural(k)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(i == parts.size() - 1 ? " and " : ", ");
            }
            out.append(parts.get(i));
        }
        return out.toString();
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String number(int n) {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight"};
        return n < words.length ? words[n] : Integer.toString(n);
    }

    private static String plural(String kind) {
        return kind.endsWith("s") ? kind + "es" : kind + "s";
    }
}
