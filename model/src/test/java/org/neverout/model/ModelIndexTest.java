package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.model.GoldenModelsTest.golden;

import org.junit.jupiter.api.Test;
import org.neverout.model.tree.Format;

class ModelIndexTest {
    private final ModelIndex index = ModelIndex.of(ModelLoader.load(golden("semantics.yaml")));

    @Test
    void lookupsById() {
        assertThat(index.node("hq-1")).get().extracting(Node::site).isEqualTo("HQ");
        assertThat(index.link("l-hq-relay")).get().extracting(Link::b).isEqualTo("relay");
        assertThat(index.site("DC")).isPresent();
        assertThat(index.service("c2")).get().extracting(Service::neverOut).isEqualTo(1);
        assertThat(index.supplier("sub")).isPresent();
        assertThat(index.powerFeed("ups-hq")).isPresent();
        assertThat(index.node("HQ")).isEmpty();
        assertThat(index.kindOf("HQ")).contains(ElementKind.SITE);
        assertThat(index.kindOf("bunker")).contains(ElementKind.GROUP);
        assertThat(index.kindOf("nothing")).isEmpty();
        assertThat(index.group("bunker")).isEmpty();
        assertThat(index.group("duct-a")).isPresent();
        assertThat(index.groupIds()).containsExactly("duct-a", "unused-group", "region-west", "bunker");
    }

    @Test
    void subcontractorTree() {
        assertThat(index.children("telco")).extracting(Supplier::id).containsExactly("sub");
        assertThat(index.descendants("telco")).extracting(Supplier::id).containsExactly("sub");
        assertThat(index.ancestors("sub")).extracting(Supplier::id).containsExactly("telco");
        assertThat(index.ancestors("telco")).isEmpty();
        assertThat(index.children("idle")).isEmpty();
        assertThat(index.topSuppliers()).extracting(Supplier::id).containsExactly("telco", "idle");
    }

    @Test
    void nodesAtSitesAndLinksAtNodes() {
        assertThat(index.nodesAt("HQ")).extracting(Node::id).containsExactly("hq-1", "hq-2");
        assertThat(index.linksAt("relay")).extracting(Link::id)
                .containsExactly("l-hq-relay", "l-hq2-relay", "l-relay-base", "l-relay-dc1", "l-relay-dc2");
        assertThat(index.linksAt("lonely")).isEmpty();
    }

    @Test
    void deepSubcontractorChain() {
        Model m = ModelLoader.parse("name: x\nsuppliers: [{id: a}, {id: b, parent: a}, {id: c, parent: b},"
                + " {id: d, parent: a}]\n", "x.yaml", Format.YAML);
        ModelIndex i = ModelIndex.of(m);
        assertThat(i.descendants("a")).extracting(Supplier::id).containsExactly("b", "c", "d");
        assertThat(i.ancestors("c")).extracting(Supplier::id).containsExactly("b", "a");
    }
}
