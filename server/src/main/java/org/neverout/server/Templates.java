package org.neverout.server;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' templates (server/src/main/jte), compiled to Java at build time by jte-maven-plugin and
 * so type-checked then; HTML output escapes every value ({@code ContentType.Html}).
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** The HTML of {@code template} (e.g. {@code users.jte}) with {@code params}. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
