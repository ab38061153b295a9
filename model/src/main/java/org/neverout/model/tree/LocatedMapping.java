package org.neverout.model.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neverout.model.Location;

/**
 * A mapping (YAML mapping, JSON object) with its entries in file order. Keys are unique: the parser
 * reports a duplicate key as a problem and keeps the first entry. Look-ups scan the entries (mappings
 * in these files are small; a reader that needs many look-ups can build its own index).
 */
public record LocatedMapping(Location location, List<Entry> entries) implements LocatedNode {

    /** One {@code key: value} entry; {@code keyLocation} points at the key, {@code value.location()} at the value. */
    public record Entry(String key, Location keyLocation, LocatedNode value) {
    }

    public LocatedMapping {
        entries = List.copyOf(entries);
    }

    /** The entry with this key, if present. */
    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The value under {@code key}, or null when the key is absent. */
    public LocatedNode get(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    public boolean has(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The keys in file order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            keys.add(e.key());
        }
        return keys;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
