package org.neverout.adversary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.Security;
import org.neverout.model.Site;

/**
 * The places to protect first: every event in some cheapest attack (ties included) of a vital service,
 * with those services and their users, grouped by the site it stands in ({@link ElementSites}) with the
 * site's security facts. O(total size of the tied attacks + model).
 */
final class AttackExposure {
    private static final Comparator<ElementExposure> MOST_EXPOSED = Comparator
            .comparingInt((ElementExposure e) -> e.services().size()).reversed()
            .thenComparing(Comparator.comparingLong(ElementExposure::users).reversed())
            .thenComparing(ElementExposure::event);
    private static final Comparator<SiteExposure> MOST_EXPOSED_SITE = Comparator
            .comparing((SiteExposure s) -> s.site() == null) // the elements at no one site last
            .thenComparing(Comparator.comparingInt((SiteExposure s) -> s.services().size()).reversed())
            .thenComparing(Comparator.comparingLong(SiteExposure::users).reversed())
            .thenComparing(s -> s.site() == null ? "" : s.site());

    private AttackExposure() {
    }

    static List<SiteExposure> of(Model model, CompiledModel compiled, AttackCosts costs, List<ServiceAttack> services,
                                 ElementSites sites, AttackWords words) {
        Map<String, TreeSet<String>> servicesOf = new LinkedHashMap<>();
        Map<String, Long> usersOf = new HashMap<>();
        for (ServiceAttack s : services) {
            if (!s.vital()) {
                continue;
            }
            for (List<String> attack : s.tied()) {
                usersOf.put(s.service(), s.users());
                attack.forEach(e -> servicesOf.computeIfAbsent(e, k -> new TreeSet<>()).add(s.service()));
            }
        }
        Map<String, List<ElementExposure>> bySite = new LinkedHashMap<>();
        for (Map.Entry<String, TreeSet<String>> e : servicesOf.entrySet()) {
            String event = e.getKey();
            long users = e.getValue().stream().mapToLong(usersOf::get).sum();
            String kind = compiled.event(event).map(b -> b.kind().token()).orElse("event");
            bySite.computeIfAbsent(sites.siteOf(event), k -> new ArrayList<>()).add(new ElementExposure(event, kind,
                    costs.cost(event), words.of(event), List.copyOf(e.getValue()), users));
        }
        Map<String, Site> siteById = new HashMap<>();
        model.sites().forEach(s -> siteById.put(s.id(), s));
        List<SiteExposure> out = new ArrayList<>();
        bySite.forEach((siteId, elements) -> {
            elements.sort(MOST_EXPOSED);
            TreeSet<String> all = new TreeSet<>();
            elements.forEach(x -> all.addAll(x.services()));
            long users = all.stream().mapToLong(usersOf::get).sum();
            Site site = siteId == null ? null : siteById.get(siteId);
            Security security = site == null ? null : site.security();
            out.add(new SiteExposure(siteId, site == null ? null : site.name(), security,
                    siteId == null ? List.of() : weaknesses(security), elements, List.copyOf(all), users));
        });
        out.sort(MOST_EXPOSED_SITE);
        return out;
    }

    /** What the declared facts lack (no judgement of dates: the report's reader knows today's date). */
    static List<String> weaknesses(Security security) {
        if (security == null) {
            return List.of("no security facts declared");
        }
        List<String> out = new ArrayList<>();
        if (!Boolean.TRUE.equals(security.alarm())) {
            out.add("no alarm");
        } else if (!Boolean.TRUE.equals(security.alarmMonitored())) {
            out.add("alarm not monitored");
        }
        String access = security.accessControl();
        if (access == null || access.isBlank() || access.equalsIgnoreCase("none")) {
            out.add("no access control");
        }
        if (security.lastInspection() == null) {
            out.add("no inspection on record");
        }
        return out;
    }
}
