package org.neverout.server;

/**
 * What {@code layout.jte} needs to frame a page: its title, the signed-in user (null on /login),
 * the session's CSRF token for the page's forms and scripts (null on /login), and which nav entry
 * is the current page ({@code overview}, {@code map}, {@code services}, {@code live}, {@code history},
 * {@code compliance}, {@code users}).
 */
public record PageFrame(String title, SessionUser user, String csrf, String active) {
    /** The frame of a page for the request's session. */
    public static PageFrame of(Session session, String title, String active) {
        return new PageFrame(title, session.user(), session.csrf(), active);
    }

    /** Whether the Users entry is shown (admins only). */
    public boolean admin() {
        return user != null && user.role() == Role.ADMIN;
    }
}
