package org.neverout.adversary;

import java.util.List;

/**
 * One attackable event that lies in a cheapest attack of at least one vital service: a place to protect.
 *
 * @param event     the event id
 * @param kind      its kind's token (node, link, site, power, group, software, supplier, service)
 * @param cost      its attack cost
 * @param words     what an attacker does to it, in plain words ("cut duct duct-a7")
 * @param services  the vital services with it in some cheapest attack (ties included), sorted by id
 * @param users     the sum of those services' users
 */
public record ElementExposure(String event, String kind, double cost, String words, List<String> services,
                              long users) {
    public ElementExposure {
        services = List.copyOf(services);
    }
}
