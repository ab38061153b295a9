package org.neverout.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.Problem;

class BinderTest {

    private static LocatedMapping mapping(String yaml) {
        return (LocatedMapping) LocatedParser.parse(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml", Format.YAML);
    }

    @Test
    void readsTypedFieldsAndCollectsEveryProblem() {
        Problems problems = new Problems();
        Binder b = Binder.of(mapping("id: R1\nseverity: hgh\nlimit: 30\nratio: 0.5\non: true\ntags: [a, 1]\n"
                + "due: 2026-03-01\ntitel: x\n"), "rule 'R1'", problems,
                List.of("id", "title", "severity", "limit", "ratio", "on", "tags", "due"));
        assertThat(b.requiredString("id")).isEqualTo("R1");
        assertThat(b.oneOf("severity", List.of("low", "medium", "high"))).isNull();
        assertThat(b.integer("limit")).isEqualTo(30L);
        assertThat(b.number("ratio")).isEqualTo(0.5);
        assertThat(b.number("limit")).isEqualTo(30.0);
        assertThat(b.bool("on")).isTrue();
        assertThat(b.strings("tags")).containsExactly("a");
        assertThat(b.date("due")).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(b.requiredString("title")).isNull();
        assertThat(b.string("absent")).isNull();
        assertThat(b.strings("absent")).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "r.yaml:1:1: missing required field 'title' in rule 'R1'",
                "r.yaml:2:11: 'severity' in rule 'R1' must be one of low, medium, high, not 'hgh'; did you mean 'high'?",
                "r.yaml:6:11: item 2 of 'tags' in rule 'R1' must be a string, not the number 1 (quote it: \"1\")",
                "r.yaml:8:1: unknown field 'titel' in rule 'R1' (allowed: id, title, severity, limit, ratio, on, tags, "
                        + "due); did you mean 'title'?");
    }

    @Test
    void suggestionsAreCloseOnly() {
        List<String> ids = List.of("dhd-core-1", "capacity_gbps", "site", "A");
        assertThat(Suggestions.closest("dhd-core1", ids)).contains("dhd-core-1");
        assertThat(Suggestions.closest("capacityGbps", ids)).contains("capacity_gbps");
        assertThat(Suggestions.closest("stie", ids)).contains("site");
        assertThat(Suggestions.closest("a", ids)).contains("A");
        assertThat(Suggestions.closest("C", ids)).isEmpty();
        assertThat(Suggestions.closest("completely-different", ids)).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    }
}
