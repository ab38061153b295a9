package org.neverout.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger hash of a run, exactly as docs/HISTORY.md states it so that an auditor can recompute it
 * (tools/verify_history.py does): SHA-256 over the previous run's hash and a length-prefixed
 * serialisation of every other field. Length prefixes make the serialisation unambiguous whatever
 * the fields contain (newlines, separators). O(size of the run's text).
 */
public final class LedgerHash {
    /** The prev_hash of the first run: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    /** First line of the hashed text: the recipe's version. */
    public static final String RECIPE = "neverout-ledger-v1";
    /** recorded_at as hashed: UTC, always three fraction digits. */
    public static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LedgerHash() {
    }

    /** The hash of a run of {@code content} recorded after the run whose hash is {@code prevHash}. */
    public static String of(String prevHash, RunContent content) {
        return sha256Hex(canonical(prevHash, content));
    }

    /** The text that is hashed (docs/HISTORY.md, "The ledger"). */
    public static String canonical(String prevHash, RunContent c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prev_hash", prevHash);
        fields.put("label", c.label());
        fields.put("recorded_at", RECORDED_AT.format(c.recordedAt()));
        fields.put("as_of", c.asOf().toString());
        fields.put("model_name", c.modelName());
        fields.put("model_sha256", c.modelSha256());
        fields.put("model_text", c.modelText());
        fields.put("results_json", c.resultsJson());
        fields.put("neverout_version", c.neverOutVersion());
        fields.put("recorded_by", c.recordedBy());
        return lengthPrefixed(RECIPE, fields);
    }

    /**
     * {@code recipe}, then per field its name, the UTF-8 byte length of its value and the value, each
     * on its own line: unambiguous whatever the values contain (the audit chain uses it too).
     */
    static String lengthPrefixed(String recipe, Map<String, String> fields) {
        StringBuilder text = new StringBuilder(recipe).append('\n');
        fields.forEach((name, value) -> text.append(name).append('\n')
                .append(value.getBytes(StandardCharsets.UTF_8).length).append('\n')
                .append(value).append('\n'));
        return text.toString();
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
