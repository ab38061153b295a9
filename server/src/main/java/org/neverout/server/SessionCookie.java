package org.neverout.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie: {@value #NAME} ({@value #TLS_NAME} under TLS: the browser then accepts it only
 * from a secure origin, for path / and without a Domain, ASVS 3.4.4), path /, HttpOnly (no script reads it), SameSite=Strict (no
 * other site's page sends it), Secure under TLS, no Max-Age (gone when the browser closes; the server
 * ends it sooner on its own timeouts).
 */
final class SessionCookie {
    static final String NAME = "neverout_session";
    static final String TLS_NAME = "__Host-" + NAME;

    private SessionCookie() {
    }

    /** The session id the request carries, or null. */
    static String read(Context ctx, boolean tls) {
        return ctx.cookie(tls ? TLS_NAME : NAME);
    }

    static void set(Context ctx, Session session, boolean tls) {
        ctx.cookie(cookie(session.id(), -1, tls));
    }

    static void clear(Context ctx, boolean tls) {
        ctx.cookie(cookie("", 0, tls));
    }

    private static Cookie cookie(String value, int maxAge, boolean tls) {
        Cookie cookie = new Cookie(tls ? TLS_NAME : NAME, value, "/", maxAge, tls, true, null, SameSite.STRICT);
        cookie.setHttpOnly(true);
        cookie.setSecure(tls);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
