package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Evidence;
import org.neverout.model.ExternalParty;
import org.neverout.model.Link;
import org.neverout.model.Measure;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Security;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The built-in rules (CEL, as data) against a plain-Java oracle written straight from the rule texts,
 * on seeded random models whose dates cluster around the thresholds and whose facts are often missing.
 */
class BuiltinRulesOracleTest {
    private static final List<String> ROLES = java.util.Arrays.asList("core", "Core", "access", "gateway", null);
    private static final List<String> ENCRYPTIONS = java.util.Arrays.asList("ipsec", "none", " NONE ", "", null, "tls");
    private static final List<String> ACCESS = java.util.Arrays.asList("badge", "none", "", null, "guard");
    private static final List<String> STATUSES = List.of("implemented", "partial", "planned", "absent");

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
    void celRulesAgreeWithOracle(long seed) {
        Scenario g = new Scenario(new Random(seed));
        Model model = g.model();
        Set<String> expected = g.oracle(model);
        Set<String> actual = new TreeSet<>();
        ComplianceResult result = ComplianceChecker.check(model, List.of(), g.asOf);
        for (RuleFinding f : result.findings()) {
            assertThat(f.kind()).as(f.toString()).isEqualTo(RuleFinding.Kind.VIOLATION);
            actual.add(f.rule() + " " + f.subject());
        }
        assertThat(actual).as("seed %d, as of %s", seed, g.asOf).isEqualTo(expected);
    }

    /** One random model, its as-of date (2024 to 2027) and the oracle's verdict. */
    private static final class Scenario {
        private final Random random;
        private final LocalDate asOf;

        Scenario(Random random) {
            this.random = random;
            this.asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1_200));
        }

        // ---- random models ----

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private <T> T maybe(T value) {
            return random.nextInt(5) == 0 ? null : value;
        }

        /** A date near a 12-month threshold (one day either side of it, or on it), or anywhere in 3 years. */
        private LocalDate date() {
            return switch (random.nextInt(4)) {
                case 0 -> asOf.minusMonths(12).plusDays(random.nextInt(3) - 1);
                case 1 -> asOf.minusDays(random.nextInt(1_100) - 30);
                case 2 -> asOf.plusDays(90 + random.nextInt(3) - 1);
                default -> asOf.plusDays(random.nextInt(3) - 1);
            };
        }

        Model model() {
            List<Site> sites = new ArrayList<>();
            int siteCount = random.nextInt(4);
            for (int i = 0; i < siteCount; i++) {
                Security sec = random.nextInt(6) == 0 ? null : new Security(maybe(random.nextBoolean()),
                        maybe(random.nextBoolean()), pick(ACCESS), maybe(date()));
                sites.add(new Site("S" + i, null, null, null, null, null, List.of(), sec, Reliability.NONE));
            }
            List<Supplier> suppliers = new ArrayList<>();
            int supplierCount = random.nextInt(6);
            for (int i = 0; i < supplierCount; i++) {
                String parent = i > 0 && random.nextBoolean() ? "sup" + random.nextInt(i) : null;
                List<Authorisation> auths = new ArrayList<>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    auths.add(new Authorisation("scope" + a, date()));
                }
                List<String> knows = random.nextBoolean() ? List.of() : List.of("routes");
                suppliers.add(new Supplier("sup" + i, null, parent, null, auths, knows, List.of()));
            }
            List<String> parties = new ArrayList<>(List.of(Model.DEFENCE));
            suppliers.forEach(s -> parties.add(s.id()));
            List<Node> nodes = new ArrayList<>();
            int nodeCount = random.nextInt(8);
            for (int i = 0; i < nodeCount; i++) {
                String site = siteCount == 0 || random.nextInt(4) == 0 ? null : "S" + random.nextInt(siteCount);
                nodes.add(new Node("n" + i, null, site, pick(ROLES), null, null, pick(parties), pick(parties), List.of(),
                        null, null, null, null, null, Reliability.NONE));
            }
            List<Link> links = new ArrayList<>();
            for (int i = 0; nodeCount > 1 && i < random.nextInt(6); i++) {
                links.add(new Link("l" + i, null, "n" + random.nextInt(nodeCount), "n" + random.nextInt(nodeCount),
                        pick(parties), pick(parties), List.of(), null, null, null, null, null, null, Reliability.NONE));
            }
            List<ExternalParty> externals = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                List<String> at = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0 && nodeCount > 0; k--) {
                    at.add("n" + random.nextInt(nodeCount));
                }
                Evidence e = new Evidence(maybe(random.nextBoolean()), pick(ENCRYPTIONS), maybe(date()),
                        maybe(28 + random.nextInt(5)), maybe(random.nextBoolean()));
                externals.add(new ExternalParty("x" + i, null, at, e));
            }
            List<Measure> measures = new ArrayList<>();
            for (char c = 'a'; c <= 'j'; c++) {
                if (random.nextInt(4) > 0) {
                    measures.add(new Measure(String.valueOf(c), pick(STATUSES), pick(java.util.Arrays.asList("doc", " ", null)),
                            maybe(date())));
                }
            }
            return new Model("random", sites, List.of(), nodes, links, List.of(), suppliers, List.of(), externals, Map.of(),
                    measures, ComplianceSettings.NONE, Model.Source.NONE);
        }

        // ---- the oracle: each rule as plain Java ----

        private boolean within12Months(LocalDate d) {
            return d != null && !d.isBefore(asOf.minusMonths(12));
        }

        private static boolean none(String s) {
            return s == null || s.trim().isEmpty() || s.trim().toLowerCase(Locale.ROOT).equals("none");
        }

        private static boolean isCore(Node n) {
            return n != null && n.role() != null && n.role().equalsIgnoreCase("core");
        }

        Set<String> oracle(Model m) {
            Set<String> out = new TreeSet<>();
            Map<String, Node> nodes = new HashMap<>();
            m.nodes().forEach(n -> nodes.put(n.id(), n));
            for (ExternalParty p : m.externalParties()) {
                Set<String> locations = new java.util.HashSet<>();
                p.connectsAt().forEach(id -> locations.add(nodes.get(id).site() != null ? nodes.get(id).site() : id));
                Evidence e = p.evidence();
                flag(out, locations.size() < 2, "CC-01", p.id());
                flag(out, !Boolean.TRUE.equals(e.firewall()), "CC-02", p.id());
                flag(out, none(e.encryption()), "CC-03", p.id());
                flag(out, !within12Months(e.lastAudit()), "CC-04", p.id());
                flag(out, e.patchDays() == null || e.patchDays() > 30, "CC-05", p.id());
                flag(out, !Boolean.TRUE.equals(e.contact24x7()), "CC-06", p.id());
            }
            for (Site s : m.sites()) {
                boolean defence = m.nodes().stream().anyMatch(n -> s.id().equals(n.site())
                        && (n.owner().equals(Model.DEFENCE) || n.operator().equals(Model.DEFENCE)));
                if (!defence) {
                    continue;
                }
                Security sec = s.security();
                flag(out, sec == null, "PS-05", s.id());
                if (sec != null) {
                    flag(out, !Boolean.TRUE.equals(sec.alarm()), "PS-01", s.id());
                    flag(out, !Boolean.FALSE.equals(sec.alarm()) && !Boolean.TRUE.equals(sec.alarmMonitored()), "PS-02",
                            s.id());
                    flag(out, none(sec.accessControl()), "PS-03", s.id());
                    flag(out, !within12Months(sec.lastInspection()), "PS-04", s.id());
                }
            }
            Map<String, Supplier> suppliers = new HashMap<>();
            m.suppliers().forEach(s -> suppliers.put(s.id(), s));
            for (Supplier s : m.suppliers()) {
                boolean expired = s.authorisations().stream().anyMatch(a -> a.validUntil().isBefore(asOf));
                boolean expiring = s.authorisations().stream()
                        .anyMatch(a -> !a.validUntil().isBefore(asOf) && !a.validUntil().isAfter(asOf.plusDays(90)));
                boolean anyValid = s.authorisations().stream().anyMatch(a -> !a.validUntil().isBefore(asOf));
                int depth = 1;
                for (Supplier p = s; p.parent() != null; p = suppliers.get(p.parent())) {
                    depth++;
                }
                boolean operates = m.nodes().stream().anyMatch(n -> s.id().equals(n.operator()))
                        || m.links().stream().anyMatch(l -> s.id().equals(l.operator()));
                flag(out, expired, "SC-01", s.id());
                flag(out, expiring, "SC-02", s.id());
                flag(out, !s.knows().isEmpty() && !anyValid, "SC-03", s.id());
                flag(out, depth > 2, "SC-04", s.id());
                flag(out, operates && s.authorisations().isEmpty(), "SC-07", s.id());
            }
            for (Node n : m.nodes()) {
                flag(out, isCore(n) && !n.owner().equals(Model.DEFENCE), "SC-05", n.id());
            }
            for (Link l : m.links()) {
                flag(out, isCore(nodes.get(l.a())) && isCore(nodes.get(l.b())) && !l.owner().equals(Model.DEFENCE),
                        "SC-06", l.id());
            }
            Map<String, Measure> measures = new HashMap<>();
            m.measures().forEach(x -> measures.put(x.measure(), x));
            flag(out, m.measures().isEmpty(), "DC-06", m.name()); // one finding, not one per measure
            for (char c = 'a'; c <= 'j'; c++) {
                String key = String.valueOf(c);
                Measure x = measures.get(key);
                flag(out, !measures.isEmpty() && (x == null || x.status().equals("absent")), "DC-01", key);
                if (x != null) {
                    flag(out, x.status().equals("planned"), "DC-02", key);
                    flag(out, x.status().equals("partial"), "DC-03", key);
                    flag(out, (x.status().equals("implemented") || x.status().equals("partial"))
                            && !within12Months(x.reviewDate()), "DC-04", key);
                    flag(out, x.status().equals("implemented") && (x.evidence() == null || x.evidence().isBlank()),
                            "DC-05", key);
                }
            }
            return out;
        }

        private static void flag(Set<String> out, boolean condition, String rule, String subject) {
            if (condition) {
                out.add(rule + " " + subject);
            }
        }
    }
}
