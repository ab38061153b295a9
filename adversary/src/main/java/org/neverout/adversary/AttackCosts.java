package org.neverout.adversary;

import java.util.List;
import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.model.AdversarySettings;
import org.neverout.model.Model;

/**
 * The attack cost of every basic event of a compiled model (MODEL.md 1.1 "Adversary view"): its own
 * {@code attack_cost}, else the model's default for its kind (node, link, site, power feed, group);
 * software versions, suppliers and services without an {@code attack_cost} are not attackable.
 * O(events) to build, O(1) per look-up.
 */
public final class AttackCosts {
    private final double[] cost;
    private final CompiledModel compiled;

    private AttackCosts(CompiledModel compiled, double[] cost) {
        this.compiled = compiled;
        this.cost = cost;
    }

    /** The costs of {@code compiled}'s events under {@code model}'s adversary settings. */
    public static AttackCosts of(Model model, CompiledModel compiled) {
        AdversarySettings settings = model.adversary();
        List<BasicEvent> events = compiled.events();
        double[] cost = new double[events.size()];
        for (int e = 0; e < cost.length; e++) {
            BasicEvent event = events.get(e);
            Double explicit = settings.explicitCost(event.id());
            if (explicit != null) {
                cost[e] = explicit;
                continue;
            }
            cost[e] = switch (event.kind()) {
                case NODE -> settings.defaultCost("node");
                case LINK -> settings.defaultCost("link");
                case SITE -> settings.defaultCost("site");
                case POWER -> settings.defaultCost("power_feed");
                case GROUP -> settings.defaultCost("group");
                case SOFTWARE, SUPPLIER, SERVICE -> Double.NaN;
            };
        }
        return new AttackCosts(compiled, cost);
    }

    /** Whether event {@code e} (its index in {@link CompiledModel#events()}) can be attacked at all. */
    public boolean attackable(int e) {
        return !Double.isNaN(cost[e]);
    }

    /** The cost of event {@code e}; NaN when it is not attackable. */
    public double cost(int e) {
        return cost[e];
    }

    /** The cost of the event with that id; NaN when it is no event or not attackable. */
    public double cost(String eventId) {
        int e = compiled.eventIndex(eventId);
        return e < 0 ? Double.NaN : cost[e];
    }

    /** The sum of the events' costs in the given order; NaN when any is not attackable. */
    public double cost(List<String> eventIds) {
        double sum = 0;
        for (String id : eventIds) {
            sum += cost(id);
        }
        return sum;
    }

    public CompiledModel compiled() {
        return compiled;
    }
}
