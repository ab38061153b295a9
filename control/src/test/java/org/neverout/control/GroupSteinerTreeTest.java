package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.control.DependenceModels.link;
import static org.neverout.control.DependenceModels.node;
import static org.neverout.control.DependenceModels.service;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;

/** Hand-made cases of the exact trees: node weights at merges, ties, alternatives, dependencies, limits. */
class GroupSteinerTreeTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static SupplierDependence needs(Model model, String service, ControlLimits limits) {
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF, limits);
        return report.service(service).dependence();
    }

    private static List<String> ids(List<OperatedElement> elements) {
        return elements.stream().map(OperatedElement::id).toList();
    }

    @Test
    void countsAHubSharedByThreeEntriesOnce() {
        // a, b, d hang off a supplier hub c by supplier links: c once plus three links, not three times c
        Model model = DependenceModels.model("star",
                List.of(node("a", null), node("b", null), node("d", null), node("c", "telco")),
                List.of(link("la", "a", "c", "telco"), link("lb", "b", "c", "sub"), link("ld", "d", "c", "dc-co")),
                List.of(service("s", List.of(List.of("a"), List.of("b"), List.of("d")), List.of())));
        SupplierDependence d = needs(model, "s", ControlLimits.DEFAULT);
        assertThat(d.exact()).isTrue();
        assertThat(ids(d.elements())).containsExactly("c", "la", "lb", "ld");
        assertThat(d.lowerBound()).isEqualTo(4);
    }

    @Test
    void breaksTiesByModelOrder() {
        // hq - x - dc and hq - y - dc on defence links: one supplier node either way, the first in the file
        List<Link> links = List.of(link("l1", "hq", "x", null), link("l2", "x", "dc", null),
                link("l3", "hq", "y", null), link("l4", "y", "dc", null));
        List<Service> services = List.of(service("s", List.of(List.of("hq"), List.of("dc")), List.of()));
        Model xFirst = DependenceModels.model("tie", List.of(node("hq", null), node("dc", null), node("x", "telco"),
                node("y", "telco")), links, services);
        Model yFirst = DependenceModels.model("tie", List.of(node("hq", null), node("dc", null), node("y", "telco"),
                node("x", "telco")), links, services);
        assertThat(ids(needs(xFirst, "s", ControlLimits.DEFAULT).elements())).containsExactly("x");
        assertThat(ids(needs(yFirst, "s", ControlLimits.DEFAULT).elements())).containsExactly("y");
    }

    @Test
    void choosesTheCheapestAlternativeAndDropsImpliedEntries() {
        // entry [p, q]: q is reached over one supplier link, p over a supplier node and link; the entry
        // [h, p, q] is implied by [p, q] and by [h] alike
        Model model = DependenceModels.model("alternatives",
                List.of(node("h", null), node("p", "telco"), node("q", null), node("r", null)),
                List.of(link("lp", "h", "p", "telco"), link("lq", "h", "r", null), link("lr", "r", "q", "sub")),
                List.of(service("s", List.of(List.of("h"), List.of("p", "q"), List.of("h", "p", "q")), List.of())));
        SupplierDependence d = needs(model, "s", ControlLimits.DEFAULT);
        assertThat(d.exact()).isTrue();
        assertThat(ids(d.elements())).containsExactly("lr");
    }

    /**
     * d needs h and t, reached through m or k (m first in the file); s needs h and u, reached only through
     * k, and depends on d. The separate trees {m} and {k} are two elements; {k} alone serves both.
     */
    private static Model sharedRoute() {
        return DependenceModels.model("shared",
                List.of(node("h", null), node("t", null), node("u", null), node("m", "telco"), node("k", "telco")),
                List.of(link("l1", "h", "m", null), link("l2", "m", "t", null), link("l3", "h", "k", null),
                        link("l4", "k", "t", null), link("l5", "k", "u", null)),
                List.of(service("d", List.of(List.of("h"), List.of("t")), List.of()),
                        service("s", List.of(List.of("h"), List.of("u")), List.of(List.of("d")))));
    }

    @Test
    void findsTheJointMinimumWithDependenciesBelowTheUnionOfTrees() {
        Model model = sharedRoute();
        assertThat(ids(needs(model, "d", ControlLimits.DEFAULT).elements())).containsExactly("m");
        SupplierDependence s = needs(model, "s", ControlLimits.DEFAULT);
        assertThat(s.exact()).isTrue();
        assertThat(ids(s.elements())).containsExactly("k");
    }

    @Test
    void reportsTheBestKnownSetAndTheProvenBoundAboveTheSizeLimit() {
        // hq - a - dc: node a and link l1 are the only way
        Model model = DependenceModels.model("chain",
                List.of(node("hq", null), node("a", "telco"), node("dc", null)),
                List.of(link("l1", "hq", "a", "telco"), link("l2", "a", "dc", null)),
                List.of(service("s", List.of(List.of("hq"), List.of("dc")), List.of())));
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF,
                new ControlLimits(1, 1000, 100_000, 90));
        SupplierDependence d = report.service("s").dependence();
        assertThat(d.exact()).isFalse();
        assertThat(d.moreThan()).isEqualTo(1);
        assertThat(d.lowerBound()).isEqualTo(2);
        assertThat(ids(d.bestKnown())).containsExactly("a", "l1");
        assertThat(ControlText.toText(report)).contains("s: cannot run without more than 1 supplier-operated elements")
                .contains("these 2 are enough: node a (telco) and link l1 (telco).");
        String json = String.valueOf(ControlJson.service(report.service("s")).get("needs"));
        assertThat(json).contains("exact=false", "more_than=1", "lower_bound=2", "best_known_size=2",
                "best_known=[{id=a, kind=node, operator=telco, top_supplier=telco}, {id=l1");
    }

    @Test
    void shortensLongSetsInTheText() {
        // a line of ten supplier links between two defence nodes
        List<Node> nodes = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            nodes.add(node("n" + i, null));
            if (i > 0) {
                links.add(link("l" + i, "n" + (i - 1), "n" + i, "telco"));
            }
        }
        Model model = DependenceModels.model("line", nodes, links,
                List.of(service("s", List.of(List.of("n0"), List.of("n10")), List.of())));
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        assertThat(report.service("s").dependence().elements()).hasSize(10);
        assertThat(ControlText.toText(report)).contains("s: cannot run without these 10 supplier-operated elements: "
                + "link l1 (telco), link l2 (telco)").contains("link l8 (telco) and 2 more.");
    }
}
