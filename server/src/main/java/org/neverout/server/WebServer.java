package org.neverout.server;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The embedded web application of {@code neverout serve}: pages, the JSON API and the static assets,
 * all served from the jar (nothing from a CDN), behind the {@link SecurityFilters} (headers, session,
 * CSRF) with every failure a JSON error ({@link ErrorHandlers}). HTTPS when the settings name a
 * keystore (then only HTTPS is served), HTTP otherwise.
 */
public final class WebServer {
    private WebServer() {
    }

    /** The application for {@code context}, configured (address, port, TLS, limits) but not started. */
    public static Javalin create(ServerContext context) {
        return create(context, null);
    }

    /** As {@link #create(ServerContext)}, with the twin's API and pages when {@code twin} is not null. */
    public static Javalin create(ServerContext context, org.neverout.server.twin.Twin twin) {
        ServerSettings settings = context.settings();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(ServerJson.MAPPER, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            // no "Server: Jetty(...)" header: the version is nobody's business
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            if (settings.tls()) {
                config.jetty.addConnector((server, http) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(settings.tlsKeystore().toAbsolutePath().toString());
                    ssl.setKeyStorePassword(settings.tlsKeystorePassword());
                    ssl.setKeyStoreType("PKCS12");
                    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
                    SecureRequestCustomizer secure = new SecureRequestCustomizer();
                    // the client checks the certificate's name; a request by IP address is not refused here
                    secure.setSniHostCheck(false);
                    http.addCustomizer(secure);
                    http.setSecureScheme("https");
                    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                            new HttpConnectionFactory(http));
                    connector.setHost(settings.bind());
                    connector.setPort(settings.port());
                    return connector;
                });
            }
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            SecurityFilters.register(config.routes, context);
            ErrorHandlers.register(config.routes, context);
            config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
            SessionRoutes.register(config.routes, context);
            UserRoutes.register(config.routes, context);
            AuditRoutes.register(config.routes, context);
            OpenApiRoute.register(config.routes);
            PageRoutes.register(config.routes, context);
            if (twin != null) {
                org.neverout.server.twin.TwinRoutes.register(config.routes, context, twin);
            }
        });
    }
}
