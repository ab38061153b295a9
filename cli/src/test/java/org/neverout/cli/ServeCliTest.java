package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neverout serve}: every bad option or file is exit 2 with a plain message before anything
 * listens (in-process: the command returns instead of serving); a real start in its own JVM on
 * 127.0.0.1 creates the first admin once, answers, and stops cleanly on SIGTERM.
 */
class ServeCliTest {
    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Cli serve(String... options) {
        List<String> args = new ArrayList<>(List.of("serve", Cli.example().toString(), "--db", db(), "--port", "0"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void badOptionsAndFilesAreExitTwoBeforeAnythingListens() throws Exception {
        Path shortPassword = file("short", "eleven-char\n");
        Path emptyToken = file("empty", "\n");
        Path weakToken = file("weak", "secret\n");
        Path notAKeystore = file("keystore.p12", "not a keystore");
        String[][] cases = {
            {"--init-admin-password-file " + dir.resolve("missing"), "--init-admin-password-file " + dir.resolve("missing") + ": no such file"},
            {"--init-admin-password-file " + shortPassword, "password has 11 characters; at least 12 are required"},
            {"--webhook-token-file " + emptyToken, "the file is empty"},
            {"--webhook-token-file " + weakToken, "at least 24 characters"},
            {"--tls-keystore " + dir.resolve("none.p12"), "--tls-keystore " + dir.resolve("none.p12") + ": no such file"},
            {"--tls-keystore " + notAKeystore, "cannot open it as PKCS#12"},
            {"--bind no-such-host.invalid", "--bind no-such-host.invalid: not an address"},
        };
        for (String[] c : cases) {
            Cli r = serve(c[0].split(" "));
            assertThat(r.exitCode()).as(c[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("\tat ");
            assertThat(r.out()).as(c[0]).doesNotContain("serves");
        }
        Cli noModel = Cli.run("serve", dir.resolve("nothing.yaml").toString(), "--db", db());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.out()).doesNotContain("serves");
        for (String port : List.of("70000", "-1")) {
            Cli r = Cli.run("serve", Cli.example().toString(), "--db", db(), "--port", port);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--port " + port + ": expected 0 to 65535");
        }
        Cli badDb = Cli.run("serve", Cli.example().toString(), "--db", "jdbc:mysql://x/y");
        assertThat(badDb.exitCode()).isEqualTo(2);
        assertThat(badDb.err()).contains("unsupported history store URL");
        Cli notANumber = Cli.run("serve", Cli.example().toString(), "--port", "http");
        assertThat(notANumber.exitCode()).isEqualTo(2);
    }

    @Test
    void theFileMayEndInOneLineBreakAndThePasswordIsNotPrinted() throws Exception {
        // 12 characters and a final CRLF: accepted; the server then starts (checked in its own JVM below)
        Path password = file("pw", "twelve-chars\r\n");
        Process p = start("serve", Cli.example().toString(), "--db", db(), "--port", "0", "--init-admin-password-file",
                password.toString());
        try {
            String url = awaitUrl(p);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"twelve-chars\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(login.body()).contains("\"csrf\"");
        } finally {
            p.destroy();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        String err = Files.readString(dir.resolve("serve.err"));
        assertThat(err).contains("created user 'admin'").contains("neverout: stopping").doesNotContain("twelve-chars")
                .doesNotContain("Exception");

        // a second start keeps the existing admin and says the file is ignored
        Path other = file("pw2", "another-password-entirely\n");
        Process again = start("serve", Cli.example().toString(), "--db", db(), "--port", "0", "--init-admin-password-file",
                other.toString());
        try {
            awaitUrl(again);
        } finally {
            again.destroy();
        }
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("serve.err")))
                .contains("the store has users already; --init-admin-password-file ignored");
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.redirectError(dir.resolve("serve.err").toFile());
        return pb.start();
    }

    /** The URL of the "NeverOut serves ... at URL" line (the server is listening once it is printed). */
    private String awaitUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern at = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/) ");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = at.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("serve printed no URL (its standard error is in serve.err)");
    }
}
