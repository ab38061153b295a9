package org.neverout.model;

import java.util.List;

/**
 * A supplier or (with {@code parent}) a subcontractor of another supplier. Its basic event
 * {@code supplier:<id>} takes down what it and its subcontractors operate.
 */
public record Supplier(String id, String name, String parent, String jurisdiction,
                       List<Authorisation> authorisations, List<String> knows, List<String> clauses) {
    public Supplier {
        authorisations = List.copyOf(authorisations);
        knows = List.copyOf(knows);
        clauses = List.copyOf(clauses);
    }
}
