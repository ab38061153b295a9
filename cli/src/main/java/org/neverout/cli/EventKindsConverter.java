package org.neverout.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.neverout.engine.EventKind;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --events node,link,...} (MODEL.md kinds; {@code all} for every kind). */
public final class EventKindsConverter implements ITypeConverter<Set<EventKind>> {
    static final String KINDS = "node, link, site, power, group, software, supplier, service";

    @Override
    public Set<EventKind> convert(String value) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String token : value.split(",")) {
            String t = token.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("all")) {
                kinds.addAll(EnumSet.allOf(EventKind.class));
                continue;
            }
            try {
                kinds.add(EventKind.parse(t));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown event kind '" + token.trim() + "' (kinds: " + KINDS + ", or all)");
            }
        }
        if (kinds.isEmpty()) {
            throw new TypeConversionException("no event kind given (kinds: " + KINDS + ")");
        }
        return kinds;
    }

    static String describe(Set<EventKind> kinds) {
        return kinds.size() == EventKind.values().length ? "all event kinds"
                : kinds.stream().sorted().map(EventKind::token).collect(Collectors.joining(", ")) + " events";
    }
}
