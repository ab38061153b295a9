package org.neverout.model;

/**
 * A declared software version (MODEL.md 1.1 {@code software_versions:}): the value nodes give in
 * {@code software}, whose event is {@code software:<id>}. Its ids are unique among software versions and
 * may equal other ids.
 *
 * @param vendor       who makes it, or null
 * @param reliability  figures of its event ({@link Reliability#NONE}: {@code defaults.software} may apply)
 */
public record SoftwareVersion(String id, String name, String vendor, Reliability reliability) {
    /** The id of its basic event. */
    public String eventId() {
        return "software:" + id;
    }
}
