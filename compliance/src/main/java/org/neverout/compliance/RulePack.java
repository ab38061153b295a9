package org.neverout.compliance;

import java.util.List;

/**
 * A named group of built-in rules sharing an id prefix.
 *
 * @param prefix  the id prefix of its rules ({@code CC}, {@code PS}, {@code SC}, {@code DC})
 * @param name    the pack's name as reported ({@code connection-conditions}, ...)
 * @param title   a human title
 */
public record RulePack(String prefix, String name, String title, List<Rule> rules) {
    public RulePack {
        rules = List.copyOf(rules);
    }
}
