package org.neverout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the CLI in-process and captures what it prints (test helper). */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NeverOut.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    static Path resource(String name) {
        try {
            return Paths.get(Cli.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled example model (tests run with the module directory as working directory). */
    static Path example() {
        return Path.of("..", "examples", "nafin-example.yaml");
    }
}
