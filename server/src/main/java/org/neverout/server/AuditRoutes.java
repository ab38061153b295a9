package org.neverout.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neverout.history.AuditCheck;
import org.neverout.history.AuditEntry;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;

/**
 * {@code GET /api/audit[?limit=N]} (admins): the chain's verification and the last N entries (default
 * {@value #DEFAULT_LIMIT}, oldest first) as {@code {seq, at, actor, action, detail, prev_hash, hash}}.
 * O(entries): the whole chain is recomputed on every call, so the answer says whether it is intact.
 */
final class AuditRoutes {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 10_000;

    private AuditRoutes() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/audit", ctx -> {
            Access.require(ctx, Role.ADMIN);
            int limit = limit(ctx.queryParam("limit"));
            AuditCheck check = context.audit().verify();
            List<AuditEntry> all = context.audit().log().entries();
            List<Map<String, Object>> entries = all.subList(Math.max(0, all.size() - limit), all.size()).stream()
                    .map(AuditRoutes::json).toList();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", check.intact());
            out.put("problem", check.reason());
            out.put("broken_seq", check.brokenSeq());
            out.put("total", all.size());
            out.put("entries", entries);
            ctx.json(out);
        });
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestResponse("limit must be a whole number from 1 to " + MAX_LIMIT + ", got '"
                + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'");
    }

    static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", e.seq());
        out.put("at", e.at().toString());
        out.put("actor", e.actor());
        out.put("action", e.action());
        out.put("detail", e.detail());
        out.put("prev_hash", e.prevHash());
        out.put("hash", e.hash());
        return out;
    }
}
