package org.neverout.model.tree;

import java.util.List;

import org.neverout.model.Location;

/** A sequence (YAML sequence, JSON array) with its items in file order. */
public record LocatedSequence(Location location, List<LocatedNode> items) implements LocatedNode {

    public LocatedSequence {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    @Override
    public String describe() {
        return "a list";
    }
}
