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
 * The audit chain's recipe of docs/SECURITY.md, written again from the document and sharing no code
 * with {@link AuditHash} or {@link AuditVerifier}: plain JDBC, its own timestamp formatting and
 * serialisation. Returns the number of entries checked; throws on the first mismatch.
 */
final class IndependentAuditCheck {
    private IndependentAuditCheck() {
    }

    static int check(StoreLocation location) throws Exception {
        String previous = "0".repeat(64);
        int n = 0;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM audit_entry ORDER BY seq")) {
            while (rs.next()) {
                n++;
                if (rs.getLong("seq") != n) {
                    throw new AssertionError("entry " + rs.getLong("seq") + " where " + n + " was expected");
                }
                OffsetDateTime at = rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
                String when = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", at.getYear(), at.getMonthValue(),
                        at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond(), at.getNano() / 1_000_000);
                String[][] fields = {
                    {"prev_hash", rs.getString("prev_hash")},
                    {"seq", String.valueOf(n)},
                    {"at", when},
                    {"actor", rs.getString("actor")},
                    {"action", rs.getString("action")},
                    {"detail", rs.getString("detail")}};
                if (!fields[0][1].equals(previous)) {
                    throw new AssertionError("entry " + n + ": prev_hash is not the previous entry's hash");
                }
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.writeBytes("neverout-audit-v1\n".getBytes(StandardCharsets.UTF_8));
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
                    throw new AssertionError("entry " + n + ": stored hash is not the recipe's hash of its fields");
                }
                previous = hex.toString();
            }
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_head")) {
            rs.next();
            if (rs.getLong(1) != n || !rs.getString(2).equals(previous)) {
                throw new AssertionError("audit_head does not name the last entry " + n);
            }
        }
        return n;
    }
}
