package org.neverout.model.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Parses a YAML or JSON file into a {@link LocatedNode} tree, refusing hostile input (see
 * {@link LoaderLimits}) with a located message rather than an exception trace.
 *
 * <p>Both formats go through Jackson's streaming parser (YAML through SnakeYAML), so locations are
 * the parser's token locations: 1-based line and column of the first character of each key and value.
 * The bytes must be UTF-8 (a UTF-8 byte-order mark is skipped); a file holds exactly one document.
 * Duplicate keys are reported (with both locations) and the first entry is kept; all other problems
 * stop the parse. Every method throws {@link InvalidModelException} on bad input, never anything else.
 *
 * <p>Cost: linear in the input size (aliases are shared, never copied).
 */
public final class LocatedParser {
    private LocatedParser() {
    }

    /** Parses a file, named in messages as the path given. */
    public static LocatedNode parse(Path file, Format format) {
        return parse(file, file.toString(), format, LoaderLimits.DEFAULT);
    }

    /** Parses a file with the given limits, named {@code fileName} in messages. */
    public static LocatedNode parse(Path file, String fileName, Format format, LoaderLimits limits) {
        return parse(readBytes(file, fileName, limits), fileName, format, limits);
    }

    /** Parses bytes (UTF-8) with the default limits. */
    public static LocatedNode parse(byte[] bytes, String fileName, Format format) {
        return parse(bytes, fileName, format, LoaderLimits.DEFAULT);
    }

    /** Parses bytes (UTF-8), named {@code fileName} in messages. */
    public static LocatedNode parse(byte[] bytes, String fileName, Format format, LoaderLimits limits) {
        return parse(bytes, fileName, format, limits, null);
    }

    /**
     * Parses bytes (UTF-8), adding recoverable problems (duplicate keys, of which the first entry is
     * kept) to {@code problems} and returning the tree anyway, so that a reader can report them together
     * with its own. Problems that stop the parse are thrown, together with those already in
     * {@code problems}. With {@code problems} null, every problem is thrown.
     */
    public static LocatedNode parse(byte[] bytes, String fileName, Format format, LoaderLimits limits,
                                    Problems problems) {
        if (bytes.length > limits.maxBytes()) {
            throw tooBig(fileName, bytes.length, limits);
        }
        String text = decode(bytes, fileName);
        return new TreeBuilder(fileName, format, limits, problems).build(text);
    }

    /**
     * Reads a whole file, refusing files over {@code limits.maxBytes()} before reading them; I/O errors
     * become an {@link InvalidModelException} naming the file.
     */
    public static byte[] readBytes(Path file, String fileName, LoaderLimits limits) {
        Location where = new Location(fileName, 0, 0);
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidModelException(where, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooBig(fileName, size, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte more than the limit: the file may have grown since size()
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) {
                    throw tooBig(fileName, bytes.length, limits);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(where, "no such file");
        } catch (IOException e) {
            throw new InvalidModelException(where, "cannot read file: " + e.getMessage());
        }
    }

    private static InvalidModelException tooBig(String fileName, long size, LoaderLimits limits) {
        return new InvalidModelException(new Location(fileName, 0, 0), "file is " + size
                + " bytes, over the limit of " + limits.maxBytes() + " bytes: refused");
    }

    /** Strict UTF-8 decoding; a bad byte is reported at its line and column. */
    static String decode(byte[] bytes, String fileName) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InvalidModelException(new Location(fileName, 1, 1),
                    "file is UTF-16 encoded (byte-order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            throw new InvalidModelException(locate(bytes, start, bad, fileName), String.format(
                    "not UTF-8 text: invalid byte 0x%02X at offset %d (binary file or another encoding?)",
                    bytes[bad] & 0xFF, bad));
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InvalidModelException(TreeBuilder.locate(text, nul, fileName),
                    "binary content: a NUL character is not allowed in a text file");
        }
        return text;
    }

    /** Offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static Location locate(byte[] bytes, int start, int offset, String fileName) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(fileName, line, column);
    }
}
