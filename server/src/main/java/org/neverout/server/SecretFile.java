package org.neverout.server;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret given as a file (the first administrator's password, the webhook token): its UTF-8 text
 * with one final line break removed ({@code echo} and editors add one), nothing else changed.
 * Read once at start; the file's name may appear in messages, its content never.
 */
public final class SecretFile {
    /** The longest secret file read (a password or token is far shorter). */
    static final long MAX_BYTES = 4096;

    private SecretFile() {
    }

    /**
     * The secret in {@code file}, for {@code option} (named in messages).
     *
     * @throws IllegalArgumentException with a plain message when it is missing, unreadable, too large,
     *         not UTF-8 or empty
     */
    public static String read(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + ": no such file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(option + " " + file + ": larger than " + MAX_BYTES
                        + " bytes; expected a single secret");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.endsWith("\r\n")) {
                text = text.substring(0, text.length() - 2);
            } else if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException(option + " " + file + ": the file is empty");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(option + " " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }
}
