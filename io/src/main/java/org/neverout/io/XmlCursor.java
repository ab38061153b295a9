package org.neverout.io;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * A hardened StAX pull reader over an in-memory XML document, with locations for every message.
 *
 * <p>Hostile input is refused, never resolved: any DTD ({@code <!DOCTYPE>}) is an error, so no
 * entity is ever declared, expanded or fetched (billion laughs, external entities such as
 * {@code file:///etc/passwd}); external DTD and schema access is disabled as a second line of defence;
 * attribute and text values longer than {@link ImportOptions#maxValueChars()} and nesting deeper than
 * {@value #MAX_DEPTH} are refused. Parser messages are reduced to their first line so that no file
 * content can leak through them.
 */
final class XmlCursor implements AutoCloseable {
    static final int MAX_DEPTH = 256;
    private static final int MAX_MESSAGE = 160;

    private final String fileName;
    private final int maxValueChars;
    private final XMLStreamReader reader;
    private final byte[] content;
    private int depth;

    XmlCursor(byte[] content, String fileName, ImportOptions options) {
        this.fileName = fileName;
        this.maxValueChars = options.maxValueChars();
        this.content = content;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // problems become exceptions with locations; nothing is printed to standard error
        factory.setXMLReporter((message, type, info, location) -> { });
        String text = XmlDecoding.decode(content, fileName);
        try {
            this.reader = factory.createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e);
        }
    }

    /** Advances to the next start element, end element or text event; returns its type, or END_DOCUMENT. */
    int next() {
        while (true) {
            int event;
            try {
                if (!reader.hasNext()) {
                    return XMLStreamConstants.END_DOCUMENT;
                }
                event = reader.next();
            } catch (XMLStreamException | RuntimeException e) {
                throw malformed(e);
            }
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw error(doctypeLocation(),
                            "DTDs (<!DOCTYPE ...>) are not allowed in imported files (no entities are expanded)");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw error("entity references are not allowed in imported files");
                case XMLStreamConstants.START_ELEMENT:
                    if (++depth > MAX_DEPTH) {
                        throw error("elements nested deeper than " + MAX_DEPTH + " levels");
                    }
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        checkLength(reader.getAttributeValue(i).length(), "attribute '" + reader.getAttributeLocalName(i) + "'");
                    }
                    return event;
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    return event;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    checkLength(reader.getTextLength(), "text");
                    return XMLStreamConstants.CHARACTERS;
                case XMLStreamConstants.END_DOCUMENT:
                    return event;
                default:
                    // comments, processing instructions, XML declaration: nothing to import
            }
        }
    }

    /** Moves to the root element and returns its local name. */
    String root() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error("no root element: the file is empty or not XML");
            }
            if (!reader.isWhiteSpace()) {
                throw error("text before the root element: not XML");
            }
        }
    }

    String localName() {
        return reader.getLocalName();
    }

    /** The value of an attribute (any namespace) of the current start element, or null. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Reads the text directly inside the current start element up to its end element (nested elements,
     * such as yEd graphics inside a GraphML {@code <data>}, are skipped); trimmed.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        int level = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level-- == 0) {
                    return text.toString().strip();
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                if (level == 0) {
                    text.append(reader.getText());
                    checkLength(text.length(), "text");
                }
            } else {
                throw error("unexpected end of document inside <" + reader.getLocalName() + ">");
            }
        }
    }

    /** Skips the current start element with everything inside it. */
    void skipElement() {
        int level = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level-- == 0) {
                    return;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error("unexpected end of document");
            }
        }
    }

    boolean isWhiteSpace() {
        return reader.isWhiteSpace();
    }

    /** Where the parser is now (the end of the current event: the same line as a short start tag). */
    Location location() {
        javax.xml.stream.Location at = reader.getLocation();
        return at == null ? new Location(fileName, 0, 0)
                : new Location(fileName, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0));
    }

    /** Where {@code <!DOCTYPE} starts (the parser reports the DTD only at its end). */
    private Location doctypeLocation() {
        String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<!DOCTYPE");
        if (at < 0) {
            return location();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(fileName, line, at - lineStart + 1);
    }

    InvalidModelException error(String message) {
        return new InvalidModelException(location(), message);
    }

    InvalidModelException error(Location at, String message) {
        return new InvalidModelException(at, message);
    }

    private void checkLength(int length, String what) {
        if (length > maxValueChars) {
            throw error(what + " longer than the limit of " + maxValueChars + " characters");
        }
    }

    private InvalidModelException malformed(Exception e) {
        Location at = location(e);
        return new InvalidModelException(at, "malformed XML: " + parserMessage(e));
    }

    private Location location(Exception e) {
        if (e instanceof XMLStreamException && ((XMLStreamException) e).getLocation() != null) {
            javax.xml.stream.Location at = ((XMLStreamException) e).getLocation();
            return new Location(fileName, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0));
        }
        try {
            return location();
        } catch (RuntimeException | LinkageError ignored) {
            return new Location(fileName, 0, 0);
        }
    }

    /** The parser's own explanation, first line only, without the position prefix the JDK adds. */
    static String parserMessage(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.lines().findFirst().orElse("").strip();
        StringBuilder clean = new StringBuilder();
        message.codePoints().filter(c -> c >= 0x20 && c != 0x7f).limit(MAX_MESSAGE).forEach(clean::appendCodePoint);
        return clean.length() == 0 ? e.getClass().getSimpleName() : clean.toString();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // an in-memory stream: nothing left to release
        }
    }
}
