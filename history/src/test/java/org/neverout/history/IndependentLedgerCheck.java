package org.neverout.history;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The ledger recipe of docs/HISTORY.md, written again from the document and sharing no code with
 * {@link LedgerHash} or {@link LedgerVerifier}: plain JDBC, its own timestamp formatting and its own
 * serialisation into bytes. Returns the number of runs checked; throws on the first mismatch.
 */
final class IndependentLedgerCheck {
    private IndependentLedgerCheck() {
    }

    static int check(StoreLocation location) throws Exception {
        String previous = "0000000000000000000000000000000000000000000000000000000000000000";
        int n = 0;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.driverPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM analysis_run ORDER BY id")) {
            while (rs.next()) {
                n++;
                if (rs.getLong("id") != n) {
                    throw new AssertionError("id " + rs.getLong("id") + " where " + n + " was expected");
                }
                OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
                String recordedAt = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", at.getYear(), at.getMonthValue(),
                        at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond(), at.getNano() / 1_000_000);
                String[][] fields = {
                    {"prev_hash", rs.getString("prev_hash")},
                    {"label", rs.getString("label")},
                    {"recorded_at", recordedAt},
                    {"as_of", rs.getDate("as_of").toLocalDate().toString()},
                    {"model_name", rs.getString("model_name")},
                    {"model_sha256", rs.getString("model_sha256")},
                    {"model_text", rs.getString("model_text")},
                    {"results_json", rs.getString("results_json")},
                    {"neverout_version", rs.getString("neverout_version")},
                    {"recorded_by", rs.getString("recorded_by")}};
                if (!fields[0][1].equals(previous)) {
                    throw new AssertionError("run " + n + ": prev_hash is not the previous run's hash");
                }
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.writeBytes("neverout-ledger-v1\n".getBytes(StandardCharsets.UTF_8));
                for (String[] field : fields) {
                    byte[] value = field[1].getBytes(StandardCharsets.UTF_8);
                    text.writeBytes((field[0] + "\n" + value.length + "\n").getBytes(StandardCharsets.UTF_8));
                    text.writeBytes(value);
                    text.write('\n');
                }
                StringBuilder hex = new StringBuilder();
                for (byte b : MessageDigest.getInstance("SHA-256").digest(text.toByteArray())) {
                    hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                }
                if (!hex.toString().equals(rs.getString("hash"))) {
                    throw new AssertionError("run " + n + ": hash " + rs.getString("hash") + ", recomputed " + hex);
                }
                String modelHex = sha256(rs.getString("model_text"));
                if (!modelHex.equals(rs.getString("model_sha256"))) {
                    throw new AssertionError("run " + n + ": model_sha256 is not the SHA-256 of model_text");
                }
                previous = hex.toString();
            }
        }
        return n;
    }

    private static String sha256(String text) throws Exception {
        StringBuilder hex = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
