package org.neverout.adversary;

import java.util.List;
import org.neverout.model.Security;

/**
 * The exposed elements standing in one site, with the site's physical-security facts beside them, so a
 * weak room on a cheap attack path stands out.
 *
 * @param site        the site's id, or null for the elements that stand in no one site (links, ducts,
 *                    feeds of several sites, software, suppliers)
 * @param name        the site's name, or null
 * @param security    the site's declared security facts, or null when none are declared
 * @param weaknesses  what the facts lack, in words ("no alarm", "alarm not monitored", "no access control",
 *                    "no inspection on record"); empty when nothing is lacking or for no site
 * @param elements    its exposed elements, most vital services first
 * @param services    the vital services with any of these elements in a cheapest attack, sorted
 * @param users       the sum of those services' users
 */
public record SiteExposure(String site, String name, Security security, List<String> weaknesses,
                           List<ElementExposure> elements, List<String> services, long users) {
    public SiteExposure {
        weaknesses = List.copyOf(weaknesses);
        elements = List.copyOf(elements);
        services = List.copyOf(services);
    }
}
