package org.neverout.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * One saved or served NetBox list response, {@code {"count", "next", "previous", "results": [...]}},
 * read with the location of every result object (a streaming read: one pass, linear in the size of the
 * page; nesting and string lengths bounded by the import limits).
 *
 * @param results  the page's objects, in order
 * @param next     the {@code next} link, null on the last page
 */
record NetboxPage(List<NetboxObject> results, String next) {
    /** Deeper nesting than any NetBox serializer writes; deeper input is refused, not recursed into. */
    private static final int MAX_DEPTH = 64;

    NetboxPage {
        results = List.copyOf(results);
    }

    /**
     * Reads a page.
     *
     * @param source  the file or URL, for messages
     * @throws InvalidModelException for malformed JSON, a page of another shape, or a result without an integer id
     */
    static NetboxPage parse(byte[] content, String source, NetboxEndpoint endpoint, ImportOptions options) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(options.maxValueChars())
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        try (JsonParser p = factory.createParser(content)) {
            p.setCodec(mapper);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidModelException(where(source, p.currentTokenLocation()),
                        "not a NetBox list response: expected an object {\"count\", \"next\", \"previous\", \"results\"}");
            }
            List<NetboxObject> results = null;
            String next = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("results".equals(field)) {
                    results = results(p, source, endpoint);
                } else if ("next".equals(field)) {
                    if (value == JsonToken.VALUE_STRING) {
                        next = p.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw new InvalidModelException(where(source, p.currentTokenLocation()),
                                "'next' is neither a link nor null");
                    }
                } else {
                    p.skipChildren(); // count, previous: not needed, the results are counted
                }
            }
            if (p.nextToken() != null) {
                throw new InvalidModelException(where(source, p.currentTokenLocation()),
                        "unexpected content after the list response");
            }
            if (results == null) {
                throw new InvalidModelException(new Location(source, 1, 1),
                        "not a NetBox list response: no 'results' list");
            }
            return new NetboxPage(results, next);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidModelException(at == null ? new Location(source, 0, 0) : where(source, at),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidModelException(new Location(source, 0, 0), "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private static List<NetboxObject> results(JsonParser p, String source, NetboxEndpoint endpoint) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidModelException(where(source, p.currentTokenLocation()), "'results' is not a list");
        }
        List<NetboxObject> results = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Location at = where(source, p.currentTokenLocation());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidModelException(at, "results[" + index + "] is not an object");
            }
            JsonNode json = p.readValueAsTree();
            JsonNode id = json.get("id");
            if (id == null || !id.isIntegralNumber() || !id.canConvertToInt()) {
                throw new InvalidModelException(at, "results[" + index + "]: " + endpoint.noun()
                        + " without an integer 'id'");
            }
            results.add(new NetboxObject(endpoint, id.asInt(), json, at));
            index++;
        }
        return results;
    }

    private static Location where(String source, JsonLocation at) {
        return new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }
}
