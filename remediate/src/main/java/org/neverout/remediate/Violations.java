package org.neverout.remediate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CutSetProfile;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The never-out violations of one analysed model, as the plan's objective counts them (issue 14): every
 * service's profile (MODEL.md 1.1 "Diff: what got worse", {@link CutSetProfile}) and their sum, size by
 * size, unweighted. {@link #violations()} is the number of pairs (service, violating cut set) at the
 * analysed order; {@link #compareTo} orders summed profiles lexicographically (fewer violations of size 0
 * first, then of size 1, ...), so a step that trades a single point for pairs is an improvement.
 *
 * <p>Built in O(C) for C cut sets listed by the analysis.
 *
 * @param profile    n_0 .. n_M summed over every service with {@code never_out} N &gt;= 1, M the largest N
 * @param services   each such service's own profile, by id in model order
 * @param pairs      each such service's violating cut sets, by id
 * @param verdicts   every service's verdict, by id in model order
 * @param complete   false when the analysis was cut short (counts may then be too low)
 * @param incompleteReason  why, or null
 */
public record Violations(List<Long> profile, Map<String, CutSetProfile> services, Map<String, Set<List<String>>> pairs,
                         Map<String, NeverOutVerdict> verdicts, boolean complete, String incompleteReason)
        implements Comparable<Violations> {
    public Violations {
        profile = List.copyOf(profile);
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    /** The violations of {@code model} as {@code analysis} (of that model) lists them. */
    public static Violations of(Model model, AnalysisResult analysis) {
        int order = analysis.order();
        int longest = 0;
        for (Service s : model.services()) {
            longest = Math.max(longest, s.neverOut());
        }
        long[] sum = new long[longest + 1];
        Map<String, CutSetProfile> profiles = new LinkedHashMap<>();
        Map<String, Set<List<String>>> pairs = new LinkedHashMap<>();
        for (Service s : model.services()) {
            ServiceResult r = analysis.service(s.id());
            if (s.neverOut() < 1 || r == null) {
                continue;
            }
            CutSetProfile p = CutSetProfile.of(s.id(), r.cutSets(), s.neverOut(), order);
            profiles.put(s.id(), p);
            for (int k = 0; k <= s.neverOut(); k++) {
                sum[k] += p.count(k);
            }
            Set<List<String>> violating = new HashSet<>();
            for (List<String> cut : r.cutSets()) {
                if (cut.size() <= s.neverOut() && !NeverOutVerdict.isOwnEvent(s.id(), cut)) {
                    violating.add(cut);
                }
            }
            pairs.put(s.id(), violating);
        }
        List<Long> profile = new ArrayList<>();
        for (long n : sum) {
            profile.add(n);
        }
        return new Violations(profile, profiles, pairs, NeverOutVerdict.of(model, analysis), analysis.complete(),
                analysis.incompleteReason());
    }

    /** The number of pairs (service, violating cut set). */
    public long violations() {
        return profile.stream().mapToLong(Long::longValue).sum();
    }

    /** n_k of the summed profile, 0 beyond its end. */
    public long count(int size) {
        return size < profile.size() ? profile.get(size) : 0;
    }

    /**
     * Negative when this has fewer violations at the first size where the summed profiles differ (better),
     * positive when more, 0 when equal.
     */
    @Override
    public int compareTo(Violations other) {
        int sizes = Math.max(profile.size(), other.profile.size());
        for (int k = 0; k < sizes; k++) {
            int c = Long.compare(count(k), other.count(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
