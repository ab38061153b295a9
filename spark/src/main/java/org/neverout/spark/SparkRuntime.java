package org.neverout.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.neverout.cli.UsageException;

import scala.Option;

/**
 * The Spark session a command runs on. Local masters bind to 127.0.0.1 only and the web UI is off; a
 * {@code spark://} master is probed first with a short connect timeout, so an unreachable master is a
 * plain error within seconds instead of Spark's minute of registration retries. A session that already
 * exists (spark-submit's, or a test's) is used and left running; one made here is stopped by
 * {@link #close}.
 */
final class SparkRuntime implements AutoCloseable {
    /** How long a spark:// master may take to accept a connection. */
    static final int CONNECT_TIMEOUT_MS = 3_000;

    private final SparkSession session;
    private final boolean owned;

    private SparkRuntime(SparkSession session, boolean owned) {
        this.session = session;
        this.owned = owned;
    }

    JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    /** Uses the running session, or starts one on {@code master}. */
    static SparkRuntime open(String master, boolean verbose) {
        Option<SparkSession> existing = SparkSession.getDefaultSession();
        if (existing.isDefined() && !existing.get().sparkContext().isStopped()) {
            return new SparkRuntime(existing.get(), false);
        }
        SparkConf conf = new SparkConf(true); // spark-submit's --master and --conf arrive as system properties
        if (!conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        String effective = conf.get("spark.master");
        probe(effective);
        conf.setIfMissing("spark.app.name", "neverout-spark");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (effective.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            SparkSession session = SparkSession.builder().config(conf).getOrCreate();
            if (!verbose) {
                session.sparkContext().setLogLevel("WARN");
            }
            return new SparkRuntime(session, true);
        } catch (RuntimeException e) {
            throw new UsageException("cannot start Spark on master '" + effective + "': " + firstLine(e));
        }
    }

    /** Fails fast when a spark:// master (any of a comma-separated list) accepts no connection. */
    static void probe(String master) {
        if (!master.startsWith("spark://")) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            URI uri = URI.create("spark://" + hostPort);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new UsageException("--master " + master + ": expected spark://HOST:PORT");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MS);
                return;
            } catch (IOException e) {
                failures.add(hostPort + " (" + e.getMessage() + ")");
            }
        }
        throw new UsageException("cannot reach the Spark master " + master + " within " + CONNECT_TIMEOUT_MS / 1000
                + " s: " + String.join(", ", failures));
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() {
        if (owned) {
            session.stop();
        }
    }
}
