package org.neverout.model;

import java.util.List;

/**
 * A supplier or (with {@code parent}) a subcontractor of another supplier. Its basic event
 * {@code supplier:<id>} takes down what it and its subcontractors operate.
 *
 * @param reliability  figures of its event ({@link Reliability#NONE}: {@code defaults.supplier} may apply)
 */
public record Supplier(String id, String name, String parent, String jurisdiction,
                       List<Authorisation> authorisations, List<String> knows, List<String> clauses,
                       Reliability reliability) {
    public Supplier {
        authorisations = List.copyOf(authorisations);
        knows = List.copyOf(knows);
        clauses = List.copyOf(clauses);
    }

    /** A supplier without figures of its own. */
    public Supplier(String id, String name, String parent, String jurisdiction, List<Authorisation> authorisations,
                    List<String> knows, List<String> clauses) {
        this(id, name, parent, jurisdiction, authorisations, knows, clauses, Reliability.NONE);
    }
}
