package org.neverout.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/openapi.json} (any signed-in user): the OpenAPI 3.0 description of every API route,
 * kept as a resource ({@value #RESOURCE}) beside the code; a test checks that every registered
 * {@code /api} route is in it.
 */
public final class OpenApiRoute {
    /** Where the document is on the class path. */
    public static final String RESOURCE = "/openapi.json";

    private OpenApiRoute() {
    }

    static void register(RoutesConfig routes) {
        String document = document();
        routes.get("/api/openapi.json", ctx -> {
            Access.require(ctx, Role.VIEWER);
            ctx.contentType("application/json").result(document);
        });
    }

    /** The document's text. */
    public static String document() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
