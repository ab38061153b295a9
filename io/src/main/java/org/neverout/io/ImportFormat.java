package org.neverout.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The foreign formats NeverOut imports, with their command-line tokens and detection. */
public enum ImportFormat {
    GRAPHML("graphml"),
    /** SNDlib native text ({@code ?SNDlib native format}). */
    SNDLIB("sndlib"),
    /** SNDlib XML (root {@code <network>}). */
    SNDLIB_XML("sndlib-xml"),
    /** A NetBox 4.x export: a directory of saved REST list responses (docs/NETBOX.md). */
    NETBOX("netbox");

    /** How much of a file detection looks at. */
    static final int SNIFF_BYTES = 4096;
    private static final Pattern ROOT = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]");

    private final String token;

    ImportFormat(String token) {
        this.token = token;
    }

    /** The name used by {@code --format}. */
    public String token() {
        return token;
    }

    /** A new importer for this format. */
    public Importer importer() {
        switch (this) {
            case GRAPHML:
                return new GraphMlImporter();
            case SNDLIB:
                return new SndlibNativeImporter();
            case SNDLIB_XML:
                return new SndlibXmlImporter();
            default:
                return new NetboxImporter();
        }
    }

    /** The format with this {@code --format} token (case-insensitive). */
    public static Optional<ImportFormat> fromToken(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equalsIgnoreCase(token.strip())).findFirst();
    }

    /** The tokens, comma-separated, for usage messages. */
    public static String tokens() {
        return Arrays.stream(values()).map(ImportFormat::token).collect(Collectors.joining(", "));
    }

    /**
     * Detects a file's format from its first bytes (and its name where the content is ambiguous):
     * a {@code ?SNDlib} header is SNDlib native; an XML root {@code graphml} is GraphML, {@code network}
     * SNDlib XML. Empty when it is none of them.
     */
    public static Optional<ImportFormat> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return detect(file.getFileName() == null ? "" : file.getFileName().toString(), head);
    }

    /** Detection over the first bytes of a file named {@code fileName}. */
    public static Optional<ImportFormat> detect(String fileName, byte[] head) {
        String text = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3);
        }
        String start = text.stripLeading();
        if (start.startsWith("?SNDlib")) {
            return Optional.of(SNDLIB);
        }
        if (start.startsWith("<")) {
            String root = rootElement(start);
            if ("graphml".equals(root)) {
                return Optional.of(GRAPHML);
            }
            if ("network".equals(root)) {
                return Optional.of(SNDLIB_XML);
            }
            if (root == null && fileName.toLowerCase(Locale.ROOT).endsWith(".graphml")) {
                // root beyond the sniffed bytes (a long comment or DOCTYPE): the parser decides
                return Optional.of(GRAPHML);
            }
        }
        return Optional.empty();
    }

    /** The local name of the first element after declarations, comments and DOCTYPE, or null if not seen. */
    private static String rootElement(String xml) {
        int pos = 0;
        while (pos < xml.length()) {
            int lt = xml.indexOf('<', pos);
            if (lt < 0) {
                return null;
            }
            if (xml.startsWith("<?", lt)) {
                pos = skipPast(xml, lt, "?>");
            } else if (xml.startsWith("<!--", lt)) {
                pos = skipPast(xml, lt, "-->");
            } else if (xml.startsWith("<!", lt)) {
                pos = skipPast(xml, lt, ">");
            } else {
                Matcher m = ROOT.matcher(xml);
                return m.find(lt) && m.start() == lt ? m.group(1) : null;
            }
            if (pos < 0) {
                return null;
            }
        }
        return null;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}
