package org.neverout.control;

import java.util.List;

/**
 * The control facts of one supplier or subcontractor.
 *
 * @param parent          the supplier it works for, or null for a top supplier
 * @param depth           0 for a top supplier, 1 for its subcontractors, and so on
 * @param servicesLost    services (model order) that are up with no failure and go down when this
 *                        supplier alone is lost or withdrawn (its {@code supplier:<id>} event, which covers
 *                        its subcontractors too); an untrusted supplier is treated the same way
 * @param vitalServicesLost the vital ones among them
 * @param usersLost       sum of {@code users} of the services lost
 * @param operatedNodes   nodes it operates itself (file order)
 * @param operatedLinks   links it operates itself
 * @param ownedNodes      nodes it legally owns
 * @param ownedLinks      links it legally owns
 * @param knows           its declared sensitive knowledge topics
 * @param sensitiveElements critical elements its knowledge covers (see {@link SensitiveKnowledge})
 * @param sensitiveServices vital services those elements are critical for
 * @param authorisations  every authorisation with its state at the analysis date
 * @param operatesWithoutValidAuthorisation it operates elements itself but holds no authorisation valid
 *                        at the analysis date
 */
public record SupplierControl(String id, String name, String parent, int depth, List<String> servicesLost,
                              List<String> vitalServicesLost, long usersLost, List<String> operatedNodes,
                              List<String> operatedLinks, List<String> ownedNodes, List<String> ownedLinks,
                              List<String> knows, List<String> sensitiveElements, List<String> sensitiveServices,
                              List<AuthorisationStatus> authorisations, boolean operatesWithoutValidAuthorisation) {
    public SupplierControl {
        servicesLost = List.copyOf(servicesLost);
        vitalServicesLost = List.copyOf(vitalServicesLost);
        operatedNodes = List.copyOf(operatedNodes);
        operatedLinks = List.copyOf(operatedLinks);
        ownedNodes = List.copyOf(ownedNodes);
        ownedLinks = List.copyOf(ownedLinks);
        knows = List.copyOf(knows);
        sensitiveElements = List.copyOf(sensitiveElements);
        sensitiveServices = List.copyOf(sensitiveServices);
        authorisations = List.copyOf(authorisations);
    }

    /** An untrusted supplier is modelled as a lost one: its elements cannot be relied on. */
    public List<String> servicesUntrusted() {
        return servicesLost;
    }

    /** Whether its knowledge covers critical elements of vital services. */
    public boolean holdsSensitiveKnowledge() {
        return !sensitiveElements.isEmpty();
    }

    public List<AuthorisationStatus> expiredOrExpiring() {
        return authorisations.stream().filter(a -> a.state() != AuthorisationStatus.State.VALID).toList();
    }
}
