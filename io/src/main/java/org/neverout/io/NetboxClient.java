package org.neverout.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Reads the {@link NetboxEndpoint}s from a live NetBox 4.x: {@code GET} with {@code Authorization: Token
 * <token>}, following each list's {@code next} links to the end. Every failure (refused token,
 * unreachable host, timeout, a page that is not JSON or not a list response, a {@code next} link to
 * another host) is an {@link InvalidModelException} naming the URL. One request per page, pages read
 * one after the other.
 */
public final class NetboxClient {
    /** Pages per endpoint before giving up: a {@code next} chain this long is a loop or a runaway server. */
    static final int MAX_PAGES = 100_000;
    private static final int PAGE_SIZE = 1000;

    private final HttpClient http;
    private final Duration timeout;

    /** A client whose every connection and request must complete within {@code timeout}. */
    public NetboxClient(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could carry the token elsewhere
                .build();
    }

    /**
     * Reads every endpoint.
     *
     * @param baseUrl  NetBox's URL, e.g. {@code https://netbox.example.org} (a trailing {@code /} or {@code /api} is accepted)
     */
    public NetboxExport fetch(String baseUrl, String token, ImportOptions options) {
        URI base = base(baseUrl);
        NetboxExport.Digest digest = new NetboxExport.Digest();
        Map<NetboxEndpoint, List<NetboxObject>> objects = new EnumMap<>(NetboxEndpoint.class);
        for (NetboxEndpoint endpoint : NetboxEndpoint.values()) {
            URI first = base.resolve(endpoint.apiPath().substring(1) + "?limit=" + PAGE_SIZE);
            List<NetboxObject> all = new ArrayList<>();
            Set<URI> seen = new HashSet<>();
            URI page = first;
            while (page != null) {
                if (!seen.add(page) || seen.size() > MAX_PAGES) {
                    throw new InvalidModelException(new Location(page.toString(), 0, 0),
                            "the 'next' links of " + endpoint.apiPath() + " do not end (a page seen twice)");
                }
                byte[] body = get(page, token, options);
                digest.add(page.toString(), body);
                NetboxPage parsed = NetboxPage.parse(body, page.toString(), endpoint, options);
                all.addAll(parsed.results());
                page = parsed.next() == null ? null : next(base, page, parsed.next());
            }
            objects.put(endpoint, all);
        }
        return new NetboxExport(objects, base.toString(), digest.hex());
    }

    private static URI base(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u.endsWith("/") ? u : u + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidModelException(new Location(url, 0, 0),
                        "not an http(s) URL of a NetBox (e.g. https://netbox.example.org)");
            }
            if (uri.getPath().endsWith("/api/")) {
                uri = uri.resolve("..");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidModelException(new Location(url, 0, 0), "not a URL: " + e.getReason());
        }
    }

    /** The next page: on NetBox's own host only, so that the token goes nowhere else. */
    private static URI next(URI base, URI page, String next) {
        URI uri;
        try {
            uri = page.resolve(new URI(next));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidModelException(new Location(page.toString(), 0, 0), "'next' is not a link: "
                    + GraphMlImporter.shorten(next));
        }
        if (!Objects.equals(uri.getHost(), base.getHost()) || uri.getPort() != base.getPort()) {
            throw new InvalidModelException(new Location(page.toString(), 0, 0), "'next' points to another host ("
                    + GraphMlImporter.shorten(next) + "): not followed, the token is only sent to " + base.getHost()
                    + " (check NetBox's BASE_PATH and proxy settings)");
        }
        return uri;
    }

    private byte[] get(URI uri, String token, ImportOptions options) {
        String where = uri.toString();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Token " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InvalidModelException(new Location(where, 0, 0),
                    "no answer within " + timeout.toSeconds() + " s (--timeout)");
        } catch (ConnectException e) {
            throw new InvalidModelException(new Location(where, 0, 0),
                    "cannot connect: NetBox unreachable (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new InvalidModelException(new Location(where, 0, 0),
                    "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidModelException(new Location(where, 0, 0), "interrupted");
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.maxBytes() + 1));
            InputFile.checkSize(body.length, where, options);
            if (status == 401 || status == 403) {
                throw new InvalidModelException(new Location(where, 0, 0), "HTTP " + status
                        + ": NetBox refused the token (check --token-file and the token's read permissions)");
            }
            if (status / 100 != 2) {
                throw new InvalidModelException(new Location(where, 0, 0), "HTTP " + status
                        + (status == 404 ? ": no such endpoint (is the URL a NetBox 4.x?)" : ""));
            }
            String version = response.headers().firstValue("API-Version").orElse("");
            if (version.startsWith("3.") || version.startsWith("2.")) {
                throw new InvalidModelException(new Location(where, 0, 0), "NetBox API version " + version
                        + ": this import reads NetBox 4.x");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.toLowerCase(Locale.ROOT).contains("json")) {
                throw new InvalidModelException(new Location(where, 0, 0), "not JSON (Content-Type '"
                        + GraphMlImporter.shorten(type) + "'): is the URL NetBox's, and is it behind a login page?");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidModelException(new Location(where, 0, 0), "cannot read the answer: " + e.getClass().getSimpleName());
        }
    }
}
