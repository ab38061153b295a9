package org.neverout.server.twin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;

import org.neverout.history.AnalysisRun;
import org.neverout.history.RunContent;
import org.neverout.history.RunHeadline;
import org.neverout.incident.Simulation;
import org.neverout.incident.SimulationJson;
import org.neverout.incident.SimulationResult;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;
import org.neverout.server.Access;
import org.neverout.server.Role;
import org.neverout.server.ServerContext;
import org.neverout.server.ServerJson;
import org.neverout.server.SessionUser;

/**
 * The twin's JSON API: the services with their live margins, what-if simulation, the live state and
 * the Alertmanager webhook that feeds it, server-sent events, the map's data, and the recorded runs.
 * Viewers read; analysts also run what-ifs, set the state and record runs (docs/TWIN.md). Every
 * what-if, state change, webhook change and recorded run goes to the audit log.
 */
public final class TwinRoutes {
    /** Audit actions of the twin. */
    public static final String AUDIT_WHAT_IF = "what-if";
    public static final String AUDIT_STATE = "state.set";
    public static final String AUDIT_WEBHOOK = "state.webhook";
    public static final String AUDIT_RUN = "run.record";
    /** Duration of a what-if without {@code duration_h}, as {@code neverout simulate}. */
    static final double DEFAULT_DURATION_H = 1.0;
    private static final String OUTLINE = "/org/neverout/report/nl-outline.json";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwinRoutes.class);

    private TwinRoutes() {
    }

    /** Adds the twin's routes and pages. */
    public static void register(RoutesConfig routes, ServerContext context, Twin twin) {
        byte[] outline = outline();
        // every page carries the marking of the model version in use (issue 19)
        context.marking().set(twin.model().current().model().classification());
        twin.model().onChange(version -> context.marking().set(version.model().classification()));
        routes.get("/api/model", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.json(twin.modelStatus());
        });
        routes.get("/api/map", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.json(MapJson.of(twin.model().current()));
        });
        routes.get("/api/map/outline", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.contentType("application/json").result(outline);
        });
        routes.get("/api/services", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.json(ServicesJson.of(twin.model().current(), twin.state().snapshot(), twin.margins(),
                    twin.assessments().status()));
        });
        routes.get("/api/assessment", ctx -> {
            Access.require(ctx, Role.VIEWER);
            Assessments.Status status = twin.assessments().status();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("model_version", status.modelVersion());
            out.put("state", status.state());
            out.put("error", status.error());
            out.put("document", status.document());
            ctx.json(out);
        });
        routes.post("/api/simulate", ctx -> simulate(ctx, context, twin));
        routes.get("/api/state", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.json(stateJson(twin.state().snapshot()));
        });
        routes.post("/api/state", ctx -> {
            SessionUser user = Access.require(ctx, Role.ANALYST);
            ObjectNode body = ServerJson.object(ctx, Set.of("down"));
            List<String> down = TwinJson.ids(body, "down", true);
            TwinJson.requireEvents(twin.model().current().compiled(), down, "down");
            LiveState.Snapshot after = twin.state().set(down);
            context.audit().record(user.username(), AUDIT_STATE, detail("down=" + down));
            ctx.json(stateJson(after));
        });
        routes.post("/api/alertmanager", ctx -> alertmanager(ctx, context, twin));
        // the session is checked before the stream opens: a refused request gets a plain 401, not an event stream
        routes.before("/api/events", ctx -> Access.require(ctx, Role.VIEWER));
        routes.sse("/api/events", client -> twin.events().add(client));
        routes.get("/api/runs", ctx -> {
            Access.require(ctx, Role.VIEWER);
            List<Object> runs = new ArrayList<>();
            for (AnalysisRun r : context.store().runs()) {
                runs.add(runJson(r));
            }
            ctx.json(Map.of("runs", runs));
        });
        routes.post("/api/runs", ctx -> record(ctx, context, twin));
        routes.get("/api/runs/{id}/report", ctx -> {
            Access.require(ctx, Role.VIEWER);
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("run id must be a number, got '" + ctx.pathParam("id") + "'");
            }
            List<AnalysisRun> runs = context.store().runs();
            AnalysisRun run = runs.stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundResponse("no run " + id + " in the store"));
            String html = twin.assessor().reportHtml(run, runs);
            // downloaded, not shown: the report is a self-contained file with its own inline styles
            ctx.header("Content-Disposition", "attachment; filename=\"neverout-run-" + id + ".html\"");
            ctx.html(html);
        });
        TwinPages.register(routes, context, twin);
    }

    private static void simulate(Context ctx, ServerContext context, Twin twin) {
        SessionUser user = Access.require(ctx, Role.ANALYST);
        ObjectNode body = ServerJson.object(ctx, Set.of("fail", "duration_h"));
        List<String> fail = TwinJson.ids(body, "fail", true);
        if (fail.isEmpty()) {
            throw new BadRequestResponse("field 'fail' must name at least one basic event id");
        }
        double hours = TwinJson.hours(body, "duration_h", DEFAULT_DURATION_H);
        ModelVersion version = twin.model().current();
        SimulationResult result;
        try {
            result = Simulation.run(version.model(), version.compiled(), fail, hours);
        } catch (InvalidModelException e) {
            throw new BadRequestResponse(String.join("; ", e.problems().stream().map(Problem::message).toList()));
        }
        context.audit().record(user.username(), AUDIT_WHAT_IF, detail("duration_h=" + hours + " fail=" + fail));
        ctx.json(SimulationJson.toJson(result));
    }

    private static void alertmanager(Context ctx, ServerContext context, Twin twin) {
        byte[] expected = twin.webhookToken();
        if (expected == null) {
            throw new UnauthorizedResponse("the webhook is off: the server was started without --webhook-token-file");
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // constant time: how much of a wrong token is right is not measurable
        if (!MessageDigest.isEqual(expected, given)) {
            throw new UnauthorizedResponse("wrong or missing bearer token");
        }
        JsonNode body;
        try {
            body = ServerJson.MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        ModelVersion version = twin.model().current();
        AlertmanagerPayload payload = AlertmanagerPayload.read(body, id -> version.compiled().eventIndex(id) >= 0);
        for (String u : payload.unknown()) {
            LOG.warn("alertmanager: alert {} names no basic event of model '{}'; ignored", u, version.model().name());
        }
        long before = twin.state().snapshot().version();
        LiveState.Snapshot after = payload.changes().isEmpty() ? twin.state().snapshot()
                : twin.state().apply(payload.changes());
        if (!payload.changes().isEmpty()) {
            List<String> changes = payload.changes().stream()
                    .map(c -> (c.firing() ? "firing " : "resolved ") + c.element() + " (" + c.fingerprint() + ")")
                    .toList();
            context.audit().record("webhook", AUDIT_WEBHOOK, detail(String.join(", ", changes)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("applied", payload.changes().size());
        out.put("ignored_unknown", payload.unknown());
        out.put("skipped_without_label", payload.skipped());
        out.put("changed", after.version() != before);
        out.putAll(stateJson(after));
        ctx.json(out);
    }

    private static synchronized void record(Context ctx, ServerContext context, Twin twin) {
        SessionUser user = Access.require(ctx, Role.ANALYST);
        // no body at all records with the defaults (label: the as-of date, as of today)
        ObjectNode body = ctx.body().isBlank() ? ServerJson.MAPPER.createObjectNode()
                : ServerJson.object(ctx, Set.of("label", "as_of"));
        String asOfText = ServerJson.text(body, "as_of", false);
        LocalDate asOf;
        try {
            asOf = asOfText == null ? LocalDate.ofInstant(context.clock().instant(), context.clock().getZone())
                    : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("field 'as_of' must be a date like 2026-12-01, got '" + asOfText + "'");
        }
        String label = ServerJson.text(body, "label", false);
        label = label == null ? asOf.toString() : label.strip();
        if (label.isEmpty() || label.length() > RunContent.MAX_LABEL || label.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestResponse("field 'label' must be 1 to " + RunContent.MAX_LABEL
                    + " characters without control characters");
        }
        ModelVersion version = twin.model().current();
        RunContent content = twin.assessor().record(version.model(), label, asOf, context.clock().instant(),
                user.username());
        AnalysisRun run = context.store().record(content);
        context.audit().record(user.username(), AUDIT_RUN, "run " + run.id() + " '" + label + "' as of " + asOf
                + " hash " + run.hash());
        ctx.status(201).json(runJson(run));
    }

    /** An audit detail within the log's limit: a what-if of thousands of ids is cut, and says so. */
    static String detail(String text) {
        int max = org.neverout.history.AuditEntry.MAX_DETAIL;
        return text.length() <= max ? text : text.substring(0, max - 40) + "... (" + text.length() + " characters)";
    }

    static Map<String, Object> stateJson(LiveState.Snapshot s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state_version", s.version());
        out.put("down", s.down());
        out.put("set", s.set());
        List<Object> alerts = new ArrayList<>();
        s.alerts().forEach((fingerprint, element) -> alerts.add(Map.of("fingerprint", fingerprint, "element", element)));
        out.put("alerts", alerts);
        return out;
    }

    static Map<String, Object> runJson(AnalysisRun r) {
        RunContent c = r.content();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("label", c.label());
        out.put("as_of", c.asOf().toString());
        out.put("recorded_at", c.recordedAt().toString());
        out.put("recorded_by", c.recordedBy());
        out.put("model", c.modelName());
        out.put("model_sha256", c.modelSha256());
        out.put("version", c.neverOutVersion());
        out.put("hash", r.hash());
        out.put("prev_hash", r.prevHash());
        RunHeadline h = RunHeadline.of(c.resultsJson());
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("services_violated", h.violated());
        headline.put("services_meeting", h.met());
        headline.put("services_unverified", h.unverified());
        headline.put("root_causes", h.rootCauses());
        headline.put("worst_service", h.worstService());
        headline.put("worst_availability", h.worstAvailability());
        out.put("headline", headline);
        return out;
    }

    private static byte[] outline() {
        try (InputStream in = TwinRoutes.class.getResourceAsStream(OUTLINE)) {
            if (in == null) {
                throw new IllegalStateException("the report's bundled map outline " + OUTLINE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled map outline " + OUTLINE, e);
        }
    }
}
