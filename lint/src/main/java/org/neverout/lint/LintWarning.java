package org.neverout.lint;

import org.neverout.model.Location;

/**
 * One thing in a valid model that is probably wrong.
 *
 * @param code     the check, e.g. {@code unpowered-node} (stable: scripts and docs use it)
 * @param element  the element it is about (its id), or the rule, e.g. {@code assign rule 2}
 * @param location where that element is written
 * @param message  what is probably wrong
 * @param fix      what to write instead
 */
public record LintWarning(String code, String element, Location location, String message, String fix) {
}
