package org.neverout.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * A service's never-out verdict and resilience after an analysis to some order (MODEL.md 1.1
 * "Never-out verdicts").
 *
 * <p>The service's own event (the one-event cut set {@code [S]}) is never held against S itself: its
 * <em>resilience</em> r is the size of the smallest minimal cut set other than {@code [S]} (0 when S is
 * down with no failure). For {@code never_out: N >= 1}, analysed to order K:
 * <ul>
 *   <li>{@link Status#VIOLATED}: a cut set other than {@code [S]} of size at most N was found
 *       (complete enumeration or not);</li>
 *   <li>{@link Status#MEETS}: none, K &gt;= N, and the enumeration of S is complete;</li>
 *   <li>{@link Status#UNVERIFIED}: neither (K &lt; N, or the enumeration was cut short first);</li>
 *   <li>{@link Status#NONE}: N = 0.</li>
 * </ul>
 * An unverified verdict is never a pass: only {@link Status#MEETS} is.
 *
 * @param service            the service id
 * @param status             the verdict
 * @param neverOut           the requirement N
 * @param order              the analysed order K
 * @param resilience         r when a cut set other than {@code [S]} of size &lt;= K was found, else null
 * @param resilienceAtLeast  K + 1 when none was found and the enumeration was complete, else null
 */
public record NeverOutVerdict(String service, Status status, int neverOut, int order, Integer resilience,
                              Integer resilienceAtLeast) {

    /** The four verdicts of MODEL.md 1.1; {@link #token()} is the JSON word. */
    public enum Status {
        MEETS, VIOLATED, UNVERIFIED, NONE;

        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public NeverOutVerdict {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The verdict of a service from its cut sets. O(number of cut sets).
     *
     * @param service  the service in the model (for its id and never_out)
     * @param result   its cut sets from an analysis to {@code order}
     * @param order    the analysed order K
     */
    public static NeverOutVerdict of(Service service, ServiceResult result, int order) {
        Integer smallest = null;
        for (List<String> cut : result.cutSets()) {
            if (isOwnEvent(service.id(), cut)) {
                continue;
            }
            if (smallest == null || cut.size() < smallest) {
                smallest = cut.size();
            }
        }
        Integer atLeast = smallest == null && result.complete() ? order + 1 : null;
        int n = service.neverOut();
        Status status;
        if (n <= 0) {
            status = Status.NONE;
        } else if (smallest != null && smallest <= n) {
            status = Status.VIOLATED;
        } else if (order >= n && result.complete()) {
            status = Status.MEETS;
        } else {
            status = Status.UNVERIFIED;
        }
        return new NeverOutVerdict(service.id(), status, n, order, smallest, atLeast);
    }

    /**
     * The verdict of every analysed service, by id in the analysis's (model) order. O(cut sets).
     *
     * @throws IllegalArgumentException when the analysis lists a service the model does not have
     */
    public static java.util.Map<String, NeverOutVerdict> of(Model model, AnalysisResult result) {
        java.util.Map<String, Service> services = new java.util.HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        java.util.Map<String, NeverOutVerdict> out = new java.util.LinkedHashMap<>();
        for (ServiceResult r : result.services()) {
            Service service = services.get(r.id());
            if (service == null) {
                throw new IllegalArgumentException("the analysis lists service '" + r.id()
                        + "' that is not in model '" + model.name() + "'");
            }
            out.put(r.id(), of(service, r, result.order()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Whether the cut set is exactly the service's own event {@code [S]}. */
    public static boolean isOwnEvent(String serviceId, List<String> cutSet) {
        return cutSet.size() == 1 && cutSet.get(0).equals(serviceId);
    }

    public boolean meets() {
        return status == Status.MEETS;
    }

    public boolean violated() {
        return status == Status.VIOLATED;
    }

    public boolean unverified() {
        return status == Status.UNVERIFIED;
    }

    /**
     * For tables: {@code survives 2} (meets: the resilience floor minus one, or the verdict's N),
     * {@code VIOLATED: 1 failure}, {@code down with no failure}, {@code unverified (order 1 < 2)},
     * {@code unverified (cut short)}, or an en dash for no requirement.
     */
    public String label() {
        switch (status) {
            case MEETS:
                return "survives " + (resilienceAtLeast != null ? resilienceAtLeast - 1 : resilience - 1);
            case VIOLATED:
                return resilience == 0 ? "VIOLATED: down with no failure"
                        : "VIOLATED: " + resilience + (resilience == 1 ? " failure" : " failures");
            case UNVERIFIED:
                return order < neverOut ? "unverified (order " + order + " < " + neverOut + ")"
                        : "unverified (cut short)";
            default:
                return "\u2013";
        }
    }
}
