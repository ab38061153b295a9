package org.neverout.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms of a redacted report: a short tag per element id, HMAC-SHA-256 of the id under a secret key,
 * in Crockford's base32. With the same key file the tags are the same in every run, so two periods can be
 * compared; without one the key is random, so tags of two runs cannot be linked. The key never leaves this
 * object and the tag cannot be inverted to the id without it. O(length of the id) per tag.
 */
public final class Pseudonyms {
    /** The shortest key accepted from a key file, in bytes. */
    public static final int MIN_KEY_BYTES = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final byte[] key;

    private Pseudonyms(byte[] key) {
        this.key = key.clone();
    }

    /**
     * Pseudonyms under {@code key} (the bytes of a key file, trailing blanks and newlines left out).
     *
     * @throws IllegalArgumentException when the key is shorter than {@link #MIN_KEY_BYTES}
     */
    public static Pseudonyms keyed(byte[] key) {
        int end = key.length;
        while (end > 0 && (key[end - 1] == '\n' || key[end - 1] == '\r' || key[end - 1] == ' ' || key[end - 1] == '\t')) {
            end--;
        }
        if (end < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must be at least " + MIN_KEY_BYTES
                    + " bytes long (e.g. openssl rand -hex 32), not " + end);
        }
        return new Pseudonyms(Arrays.copyOf(key, end));
    }

    /** Pseudonyms under a fresh random key: unlinkable across runs. */
    public static Pseudonyms random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonyms(key);
    }

    /** The first {@code length} base32 characters of HMAC-SHA-256(key, kind + ":" + id). */
    public String tag(String kind, String id, int length) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac = hmac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        StringBuilder out = new StringBuilder(length);
        int bits = 0;
        int buffer = 0;
        for (int i = 0; i < mac.length && out.length() < length; i++) {
            buffer = (buffer << 8) | (mac[i] & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < length) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }
}
