package org.neverout.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neverout.model.Location;
import org.neverout.model.Model;

/**
 * The loader's own warnings, as lint warnings: {@code unmatched-assign} for an {@code assign} rule that
 * matches nothing, {@code model-warning} for any other (e.g. a software version no node runs). O(warnings).
 */
final class LoaderWarnings implements LintCheck {
    /** {@code file:line:col: message}, the form of {@link Model.Source#warnings()}. */
    private static final Pattern LOCATED = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("^(assign rule \\d+) .* matches no (node|link)$");

    @Override
    public List<LintWarning> check(Model model) {
        List<LintWarning> out = new ArrayList<>();
        for (String w : model.source().warnings()) {
            Matcher m = LOCATED.matcher(w);
            Location at = m.matches()
                    ? new Location(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    : new Location(model.source().file(), 0, 0);
            String message = m.matches() ? m.group(4) : w;
            Matcher rule = RULE.matcher(message);
            if (rule.matches()) {
                out.add(new LintWarning("unmatched-assign", rule.group(1), at, message,
                        "fix the pattern (* any characters, ? one character) or remove the rule"));
            } else {
                out.add(new LintWarning("model-warning", "", at, message, "see the message"));
            }
        }
        return out;
    }
}
