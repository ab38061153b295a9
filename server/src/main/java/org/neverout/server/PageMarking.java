package org.neverout.server;

import java.util.concurrent.atomic.AtomicReference;

import org.neverout.model.Classification;
import org.neverout.report.ClassificationBanner;

import io.javalin.http.Context;

/**
 * The classification of the model the server holds, carried by every page of the web application: the
 * report's banner ({@link ClassificationBanner#top} / {@link ClassificationBanner#bottom}) at the top and
 * bottom of the body, styled by {@code /static/app.css} (the CSP forbids inline styles), which also repeats
 * it on every printed page. Set when a model version is taken into use; an unclassified model marks
 * nothing. Applied to every {@code text/html} answer after its handler, so no page can forget it:
 * O(page length).
 */
public final class PageMarking {
    private final AtomicReference<Classification> current = new AtomicReference<>(Classification.NONE);

    /** The marking of the model now in use. */
    public Classification get() {
        return current.get();
    }

    /** Takes the marking of a newly loaded model version into use. */
    public void set(Classification classification) {
        current.set(classification == null ? Classification.NONE : classification);
    }

    /** Marks an HTML answer (pages only: JSON carries its own {@code classification} field). */
    void apply(Context ctx) {
        Classification c = current.get();
        String type = ctx.res().getContentType();
        if (!c.isPresent() || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")
                || ctx.res().getHeader("Content-Disposition") != null) { // a download (a run's report) marks itself
            return;
        }
        String html = ctx.result();
        if (html == null) {
            return;
        }
        ctx.result(ClassificationBanner.markBody(c, html));
    }
}
