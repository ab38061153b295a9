package org.neverout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ModelReader} saw besides the records: where each id is declared and where each reference
 * is, so that {@link ModelValidator} can check them with locations.
 */
final class ModelFacts {

    /** An element id and where it is written. */
    record Declaration(ElementKind kind, String id, Location location) {
    }

    /**
     * A reference to an element of kind {@code kind} (for {@link ElementKind#GROUP}: a group use, which
     * needs no declaration). {@code where} names the field in words, e.g. {@code 'site' in node 'n1'}.
     */
    record Reference(ElementKind kind, String id, Location location, String where) {
    }

    /** A link's two ends, kept to report a link that connects a node to itself. */
    record LinkEnds(String id, String a, String b, Location location) {
    }

    final List<Declaration> declarations = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<LinkEnds> linkEnds = new ArrayList<>();
    /** Nodes and links whose operator was not written (so defaulted to defence), for {@link Model.Source}. */
    final java.util.Set<String> implicitOperator = new java.util.LinkedHashSet<>();

    /** Where each declared software version is written, by its event id {@code software:<id>}. */
    final java.util.Map<String, Location> softwareVersions = new java.util.LinkedHashMap<>();

    /** Located warnings ({@code file:line:col: message}), in the order found. */
    final List<String> warnings = new ArrayList<>();

    void warn(Location location, String message) {
        warnings.add(location + ": " + message);
    }

    void declare(ElementKind kind, String id, Location location) {
        declarations.add(new Declaration(kind, id, location));
    }

    void refer(ElementKind kind, String id, Location location, String where) {
        references.add(new Reference(kind, id, location, where));
    }
}
