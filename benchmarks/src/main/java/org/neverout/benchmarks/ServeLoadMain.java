package org.neverout.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load client of {@code run-serve.sh} against a running {@code neverout serve} (whole process, over
 * HTTP, the client's own JVM):
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.ServeLoadMain whatif URL USER PASSWORD CONCURRENCY ROUNDS ID...
 *   CONCURRENCY what-if requests at once (POST /api/simulate, one of the ids each), ROUNDS times after a warm-up
 *   round; prints p50, p95, p99 and max latency
 * java -cp benchmarks.jar org.neverout.benchmarks.ServeLoadMain margins URL USER PASSWORD ID...
 *   for each id: POST /api/state {"down": [id]}, then polls GET /api/services until its margins belong to that
 *   state; prints the time from the state change's answer to the margins (and the server's own took_ms)
 * </pre>
 */
public final class ServeLoadMain {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServeLoadMain() {
    }

    private record Session(String cookie, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ServeLoadMain whatif URL USER PASSWORD CONCURRENCY ROUNDS ID... | margins URL USER PASSWORD ID...");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();
        String url = args[1].endsWith("/") ? args[1] : args[1] + "/";
        Session session = login(http, url, args[2], args[3]);
        if (args[0].equals("whatif")) {
            int concurrency = Integer.parseInt(args[4]);
            int rounds = Integer.parseInt(args[5]);
            List<String> ids = Arrays.asList(args).subList(6, args.length);
            whatIf(http, url, session, concurrency, 1, ids); // warm-up: JIT, connection pool
            whatIf(http, url, session, concurrency, rounds, ids);
        } else {
            margins(http, url, session, Arrays.asList(args).subList(4, args.length));
        }
        System.exit(0);
    }

    private static Session login(HttpClient http, String url, String user, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        java.util.Map.of("username", user, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login: " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().allValues("Set-Cookie").get(0).split(";")[0];
        return new Session(cookie, JSON.readTree(r.body()).get("csrf").asText());
    }

    private static HttpRequest.Builder request(String url, Session s) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", s.cookie()).header("X-CSRF-Token", s.csrf())
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2));
    }

    private static void whatIf(HttpClient http, String url, Session s, int concurrency, int rounds, List<String> ids)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        int failures = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            List<CompletableFuture<long[]>> batch = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                String id = ids.get((round * concurrency + i) % ids.size());
                batch.add(CompletableFuture.supplyAsync(() -> {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(url + "api/simulate", s)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"fail\": [\"" + id + "\"], \"duration_h\": 19}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        return new long[] {System.nanoTime() - t0, r.statusCode()};
                    } catch (Exception e) {
                        return new long[] {System.nanoTime() - t0, -1};
                    }
                }, pool));
            }
            for (CompletableFuture<long[]> f : batch) {
                long[] r = f.join();
                latencies.add(r[0]);
                if (r[1] != 200) {
                    failures++;
                }
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        latencies.sort(null);
        System.out.printf(Locale.ROOT, "what-if: %d requests, %d at once, %d not 200, %.1f requests/s; latency ms "
                        + "p50 %.1f p95 %.1f p99 %.1f max %.1f%n", latencies.size(), concurrency, failures,
                latencies.size() / wall, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                latencies.get(latencies.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static void margins(HttpClient http, String url, Session s, List<String> ids) throws Exception {
        for (String id : ids) {
            HttpResponse<String> set = http.send(request(url + "api/state", s)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"down\": [\"" + id + "\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (set.statusCode() != 200) {
                throw new IllegalStateException("state: " + set.statusCode() + " " + set.body());
            }
            long version = JSON.readTree(set.body()).get("state_version").asLong();
            JsonNode services;
            while (true) {
                services = JSON.readTree(http.send(request(url + "api/services", s).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                JsonNode m = services.get("margins");
                if (m.get("current").asBoolean() && m.get("state_version").asLong() >= version) {
                    break;
                }
                Thread.sleep(20);
            }
            long tookMs = (System.nanoTime() - answered) / 1_000_000;
            long thin = 0;
            for (JsonNode svc : services.get("services")) {
                if (svc.get("up").asBoolean() && svc.get("margin").isInt() && svc.get("margin").asInt() == 1) {
                    thin++;
                }
            }
            System.out.printf(Locale.ROOT, "margins: down [%s]: %d services, state answered -> margins current %d ms "
                            + "(server computed in %d ms, order %d, complete %s); %d services one failure from going out%n",
                    id, services.get("services").size(), tookMs, services.get("margins").get("took_ms").asLong(),
                    services.get("margins").get("order").asInt(), services.get("margins").get("complete").asBoolean(), thin);
        }
    }
}
