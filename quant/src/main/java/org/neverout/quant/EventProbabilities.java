package org.neverout.quant;

import java.util.HashMap;
import java.util.Map;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * The steady-state unavailability {@code q = mttr / (mtbf + mttr)} of every basic event of a compiled
 * model (MODEL.md "Reliability figures"), events independent.
 *
 * <p>Every event takes its element's own {@code mtbf_h}/{@code mttr_h} (node, link, site, power feed,
 * service, declared group, declared software version, supplier), else the model's {@code defaults:}
 * entry for its kind (keys {@code node}, {@code link}, {@code site}, {@code power_feed}, {@code service},
 * {@code group}, {@code software}, {@code supplier}; the group and software defaults cover undeclared
 * ones too, MODEL.md 1.1), else it never fails on its own (q = 0). The loader has already checked that
 * figures come in pairs and are positive.
 */
final class EventProbabilities {
    /** q of each event, indexed like {@link CompiledModel#events()}. */
    final double[] q;
    /** Failure-capable events that can change some service's state: q > 0 and some effect. */
    final int[] relevant;

    private EventProbabilities(double[] q, int[] relevant) {
        this.q = q;
        this.relevant = relevant;
    }

    static EventProbabilities of(Model model, CompiledModel compiled) {
        Map<String, Reliability> own = new HashMap<>();
        Map<String, String> defaultKey = new HashMap<>();
        for (Node n : model.nodes()) {
            put(own, defaultKey, n.id(), n.reliability(), "node");
        }
        for (Link l : model.links()) {
            put(own, defaultKey, l.id(), l.reliability(), "link");
        }
        for (Site s : model.sites()) {
            put(own, defaultKey, s.id(), s.reliability(), "site");
        }
        for (PowerFeed f : model.powerFeeds()) {
            put(own, defaultKey, f.id(), f.reliability(), "power_feed");
        }
        for (Service s : model.services()) {
            put(own, defaultKey, s.id(), s.reliability(), "service");
        }
        Map<String, Reliability> common = new HashMap<>(); // group, software and supplier events by event id
        for (Group g : model.groups()) {
            common.put(g.id(), g.reliability());
        }
        for (SoftwareVersion v : model.softwareVersions()) {
            common.put(v.eventId(), v.reliability());
        }
        for (Supplier s : model.suppliers()) {
            common.put("supplier:" + s.id(), s.reliability());
        }
        double[] q = new double[compiled.events().size()];
        int relevantCount = 0;
        for (int e = 0; e < q.length; e++) {
            BasicEvent event = compiled.events().get(e);
            q[e] = switch (event.kind()) {
                case NODE, LINK, SITE, POWER, SERVICE -> unavailability(own.get(event.id()),
                        model.defaults().get(defaultKey.get(event.id())));
                case GROUP -> unavailability(common.get(event.id()), model.defaults().get("group"));
                case SOFTWARE -> unavailability(common.get(event.id()), model.defaults().get("software"));
                case SUPPLIER -> unavailability(common.get(event.id()), model.defaults().get("supplier"));
            };
            if (q[e] > 0 && !compiled.hasNoEffect(e)) {
                relevantCount++;
            }
        }
        int[] relevant = new int[relevantCount];
        int i = 0;
        for (int e = 0; e < q.length; e++) {
            if (q[e] > 0 && !compiled.hasNoEffect(e)) {
                relevant[i++] = e;
            }
        }
        return new EventProbabilities(q, relevant);
    }

    private static void put(Map<String, Reliability> own, Map<String, String> defaultKey, String id,
                            Reliability reliability, String kind) {
        own.put(id, reliability);
        defaultKey.put(id, kind);
    }

    private static double unavailability(Reliability own, Reliability fallback) {
        if (own != null && own.isPresent()) {
            return own.unavailability();
        }
        return fallback != null && fallback.isPresent() ? fallback.unavailability() : 0.0;
    }
}
