package org.neverout.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Turns an XML file's bytes into text before parsing (byte order mark, else the XML declaration's
 * encoding, else UTF-8), so that undecodable bytes become a located error of ours rather than the
 * parser's, which prints to standard error. O(file size).
 */
final class XmlDecoding {
    private static final Pattern ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,40})[\"']");

    private XmlDecoding() {
    }

    static String decode(byte[] content, String fileName) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidModelException(new Location(fileName, 1, 1),
                            "unsupported encoding '" + m.group(1) + "' in the XML declaration");
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) ((content.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new InvalidModelException(new Location(fileName, line, column),
                    "bytes that are not valid " + charset.name() + " text: not an XML file in its declared encoding");
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
