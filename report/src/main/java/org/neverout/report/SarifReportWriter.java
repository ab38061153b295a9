package org.neverout.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.engine.Figures;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Severity;
import org.neverout.model.Location;

/**
 * SARIF 2.1.0 output, so code-scanning tools show findings on the model file's lines.
 *
 * <p>One run; {@code tool.driver} is NeverOut with its rules ({@link RuleIds}: {@code NO-DOWN},
 * {@code NO-SPOF}, {@code NO-ORDER2} .. {@code NO-ORDER<order>}, plus {@code CTL-UNCONTROLLED} and
 * {@code AV-TARGET} when those sections are present, plus the compliance rules that have findings,
 * under their own ids). Each never-out, control and compliance violation, and each missed availability
 * target, is a result with its rule id, a level from its severity (critical and high: error, medium:
 * warning, low: note), the message, a physical location (the model file as a URI relative to the base
 * directory, {@code uriBaseId} {@code %SRCROOT%}, and the line and column of the element concerned: for
 * a cut set its first locatable event, else the service) and a partial fingerprint stable across runs.
 *
 * <p>Never-out findings are one result per root cause (MODEL.md 1.1): the message names every service
 * the cut set takes down, {@code properties.services} lists them, and the location is the cut set's
 * first locatable event (else the first service it violates). A service whose requirement is
 * {@code unverified} gets a {@code NO-UNVERIFIED} result at the service, level error: it is never met,
 * and {@code --fail-on never-out} fails on it.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String BASE_ID = "%SRCROOT%";

    private final Path baseDirectory;
    /** Only the compliance results and rules ({@code neverout check}), no never-out part. */
    private final boolean complianceOnly;

    /** URIs relative to the current working directory. */
    public SarifReportWriter() {
        this(Path.of("").toAbsolutePath());
    }

    /** URIs relative to {@code baseDirectory} (the repository root, for code scanning). */
    public SarifReportWriter(Path baseDirectory) {
        this(baseDirectory, false);
    }

    private SarifReportWriter(Path baseDirectory, boolean complianceOnly) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.complianceOnly = complianceOnly;
    }

    /** A writer of the compliance findings alone (the {@code check} command), URIs relative to {@code baseDirectory}. */
    public static SarifReportWriter complianceOnly(Path baseDirectory) {
        return new SarifReportWriter(baseDirectory, true);
    }

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        JsonReportWriter.MAPPER.writeValue(out, toJson(input));
        out.write('\n');
    }

    /** The SARIF log as a JSON tree. */
    public ObjectNode toJson(ReportInput input) {
        ElementLocator locator = new ElementLocator(input.model());
        EnumSet<GateCategory> categories = complianceOnly ? EnumSet.noneOf(GateCategory.class)
                : EnumSet.of(GateCategory.NEVER_OUT);
        if (input.control() != null && !complianceOnly) {
            categories.add(GateCategory.CONTROL);
        }
        if (input.compliance() != null) {
            categories.add(GateCategory.COMPLIANCE);
        }
        List<Violation> violations = new ArrayList<>(categories.isEmpty() ? List.of() : Violations.of(input, categories));
        // the never-out violations come first, one per finding, in the findings' order
        Map<Violation, List<String>> servicesOf = new java.util.IdentityHashMap<>();
        if (categories.contains(GateCategory.NEVER_OUT)) {
            for (int i = 0; i < input.findings().size(); i++) {
                servicesOf.put(violations.get(i), input.findings().get(i).services());
            }
        }
        if (!complianceOnly) {
            violations.addAll(availabilityViolations(input));
        }
        Map<String, ObjectNode> rules = rules(input, complianceOnly);

        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "NeverOut");
        driver.put("version", input.meta().toolVersion());
        ArrayNode ruleArray = driver.putArray("rules");
        rules.values().forEach(ruleArray::add);
        List<String> ruleOrder = new ArrayList<>(rules.keySet());

        String uri = artifactUri(input.model().source().file());
        boolean relative = !uri.startsWith("file:");
        if (relative) {
            run.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", baseDirectory.toUri().toString());
        }
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifactLocation(artifact.putObject("location"), uri, relative, false);
        if (input.model().source().sha256() != null) {
            artifact.putObject("hashes").put("sha-256", input.model().source().sha256());
        }
        ArrayNode results = run.putArray("results");
        for (Violation v : violations) {
            ObjectNode result = results.addObject();
            result.put("ruleId", v.rule());
            result.put("ruleIndex", ruleOrder.indexOf(v.rule()));
            result.put("level", level(v.severity()));
            result.putObject("message").put("text", v.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            artifactLocation(physical.putObject("artifactLocation"), uri, relative, true);
            Location location = v.category() == GateCategory.NEVER_OUT
                    ? locator.locate(v.subject(), v.cutSet()) : locator.locate(v.subject());
            if (location != null) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", location.line());
                if (location.column() >= 1) {
                    region.put("startColumn", location.column());
                }
            }
            result.putObject("partialFingerprints").put("neverout/v1", fingerprint(v.key()));
            ObjectNode properties = result.putObject("properties");
            properties.put("severity", v.severity().token());
            properties.put("category", RuleIds.AVAILABILITY_TARGET.equals(v.rule()) ? "availability"
                    : v.category().token());
            properties.put("subject", v.subject());
            if (!v.cutSet().isEmpty() || v.category() == GateCategory.NEVER_OUT
                    && !RuleIds.NEVER_OUT_UNVERIFIED.equals(v.rule())) {
                ArrayNode cut = properties.putArray("cutSet");
                v.cutSet().forEach(cut::add);
            }
            List<String> named = servicesOf.get(v);
            if (named != null) {
                ArrayNode services = properties.putArray("services");
                named.forEach(services::add);
            }
        }
        ObjectNode properties = run.putObject("properties");
        if (input.model().classification().isPresent()) {
            properties.put("classification", input.model().classification().marking());
        }
        properties.put("model", input.model().name());
        if (!complianceOnly) {
            properties.put("order", input.analysis().order());
            properties.put("complete", input.analysis().complete());
            properties.put("headline", ReportFacts.of(input).headline());
            if (input.connectivity() != null) {
                input.connectivity().json(properties.putObject("connectivity"));
            }
        }
        return root;
    }

    /** The SARIF level of a severity. */
    static String level(Severity severity) {
        switch (severity) {
            case CRITICAL:
            case HIGH:
                return "error";
            case MEDIUM:
                return "warning";
            default:
                return "note";
        }
    }

    private static List<Violation> availabilityViolations(ReportInput input) {
        if (input.availability() == null) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (ServiceAvailabilityRow a : input.availability().services()) {
            if (a.verdict() == TargetVerdict.NOT_MET) {
                out.add(new Violation(GateCategory.ANY, RuleIds.AVAILABILITY_TARGET, a.id(), List.of(), Severity.MEDIUM,
                        "service '" + a.id() + "' misses its availability target "
                                + Figures.targetPercent(a.target()) + ": availability "
                                + Figures.availabilityPercent(a.unavailability()) + ", expected downtime "
                                + Figures.minutes(a.downtimeMinPerYear()) + "/year"));
            }
        }
        return out;
    }

    private static Map<String, ObjectNode> rules(ReportInput input, boolean complianceOnly) {
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        if (complianceOnly) {
            complianceRules(input, rules);
            return rules;
        }
        rules.put(RuleIds.NEVER_OUT_DOWN, rule(RuleIds.NEVER_OUT_DOWN, "ServiceDownWithoutFailure",
                "A service with a never-out requirement is down with no failure at all.",
                "The service cannot be provided even when nothing has failed: an endpoint is missing, unreachable "
                        + "or a dependency is down. Fix the model or the network before anything else.",
                Severity.CRITICAL));
        rules.put(RuleIds.NEVER_OUT_SPOF, rule(RuleIds.NEVER_OUT_SPOF, "SinglePointOfFailure",
                "A single basic failure takes down a service that must never go out.",
                "The service has never_out >= 1 but this one event (node, link, site, power feed, shared-risk "
                        + "group, software version, supplier or a service it depends on) takes it down; one result "
                        + "per event, naming every service it takes down. Add redundancy "
                        + "that does not share the event: a second path, site, feed, supplier or software version.",
                Severity.HIGH));
        rules.put(RuleIds.NEVER_OUT_UNVERIFIED, rule(RuleIds.NEVER_OUT_UNVERIFIED, "NeverOutUnverified",
                "A service's never-out requirement was not verified.",
                "The analysis order is below the service's never_out, or a limit (--time-limit, --max-cut-sets) cut "
                        + "the enumeration short before a violation was found: the requirement is not shown to be met. "
                        + "Analyse to at least never_out without limits.", Severity.HIGH));
        for (int k = 2; k <= input.analysis().order(); k++) {
            String id = RuleIds.NEVER_OUT_ORDER_PREFIX + k;
            rules.put(id, rule(id, "CutSetOfOrder" + k,
                    k + " simultaneous basic failures take down a service that must survive " + k + ".",
                    "The service has never_out >= " + k + " but this minimal cut set of " + k + " events takes it "
                            + "down. Remove the shared cause or add an independent alternative.", Severity.HIGH));
        }
        if (input.control() != null) {
            rules.put(RuleIds.CONTROL_UNCONTROLLED, rule(RuleIds.CONTROL_UNCONTROLLED, "NotControlledByDefence",
                    "A critical service does not survive on defence-operated elements alone.",
                    "Military owned and controlled: with every supplier lost, withdrawn or untrusted, the service "
                            + "goes down. Provide a path and endpoints operated by defence.", Severity.HIGH));
        }
        if (input.availability() != null) {
            rules.put(RuleIds.AVAILABILITY_TARGET, rule(RuleIds.AVAILABILITY_TARGET, "AvailabilityTargetMissed",
                    "A service's computed availability misses its availability target.",
                    "The unavailability computed from the elements' MTBF and MTTR exceeds what the service's "
                            + "availability_target allows.", Severity.MEDIUM));
        }
        complianceRules(input, rules);
        return rules;
    }

    private static void complianceRules(ReportInput input, Map<String, ObjectNode> rules) {
        if (input.compliance() != null) {
            for (RuleFindingRow f : input.compliance().findings()) {
                String title = f.title() == null ? "Compliance rule " + f.rule() : f.title();
                rules.putIfAbsent(f.rule(), rule(f.rule(), null, title,
                        "Compliance rule " + f.rule() + ": " + title + ".", f.severity()));
            }
        }
    }

    private static ObjectNode rule(String id, String name, String shortText, String help, Severity severity) {
        ObjectNode rule = JsonReportWriter.MAPPER.createObjectNode();
        rule.put("id", id);
        if (name != null) {
            rule.put("name", name);
        }
        rule.putObject("shortDescription").put("text", shortText);
        rule.putObject("fullDescription").put("text", shortText);
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level(severity));
        return rule;
    }

    private void artifactLocation(ObjectNode node, String uri, boolean relative, boolean indexed) {
        node.put("uri", uri);
        if (relative) {
            node.put("uriBaseId", BASE_ID);
        }
        if (indexed) {
            node.put("index", 0);
        }
    }

    /** The model file as a URI reference: relative (forward slashes) when it lies under the base directory. */
    String artifactUri(String file) {
        Path path = Path.of(file);
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(baseDirectory)) {
            String relative = baseDirectory.relativize(absolute).toString().replace('\\', '/');
            try {
                return new URI(null, null, relative, null).toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("model file name '" + file + "' is not a valid URI path", e);
            }
        }
        return absolute.toUri().toASCIIString();
    }

    private static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
