package org.neverout.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.ServiceKind;

/**
 * The societal impact of an incident, over the services it took down (down now, up with no failure).
 *
 * @param usersAffected    sum of {@code users} of those services (a service without users counts 0)
 * @param usersByCategory  the same per national-impact category: keys A, B and none, in that order
 * @param userHours        usersAffected x durationH
 * @param highestCategory  "A" when a category A service went down, else "B" when a B one did, else null
 * @param significant      userHours exceed {@link #SIGNIFICANT_USER_HOURS}
 */
public record Impact(int servicesDown, int vitalServicesDown, long usersAffected, Map<String, Long> usersByCategory,
                     double durationH, double userHours, String highestCategory, boolean significant) {
    /** ENISA's absolute threshold for a significant telecom incident: more than 1,000,000 user-hours lost. */
    public static final double SIGNIFICANT_USER_HOURS = 1_000_000;

    public Impact {
        usersByCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(usersByCategory));
    }

    static Impact of(List<ServiceOutcome> services, double durationH) {
        int down = 0;
        int vital = 0;
        long users = 0;
        Map<String, Long> byCategory = new LinkedHashMap<>();
        byCategory.put("A", 0L);
        byCategory.put("B", 0L);
        byCategory.put("none", 0L);
        String highest = null;
        for (ServiceOutcome s : services) {
            if (!s.takenDown()) {
                continue;
            }
            down++;
            if (s.kind() == ServiceKind.VITAL) {
                vital++;
            }
            long u = s.users() == null ? 0 : s.users();
            users += u;
            String category = s.category() == null ? "none" : s.category();
            byCategory.merge(category, u, Long::sum);
            if ("A".equals(s.category())) {
                highest = "A";
            } else if ("B".equals(s.category()) && highest == null) {
                highest = "B";
            }
        }
        double userHours = users * durationH;
        return new Impact(down, vital, users, byCategory, durationH, userHours, highest,
                userHours > SIGNIFICANT_USER_HOURS);
    }
}
