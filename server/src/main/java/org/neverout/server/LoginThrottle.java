package org.neverout.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limit: after {@value #MAX_FAILURES} failed logins within {@link #WINDOW} for one user
 * name, or for one client address, further attempts for it are refused (429) until the oldest of
 * those failures leaves the window; a successful login clears its user name's failures (not its
 * address's). Both keys count, so guessing one password over many accounts from one address is
 * slowed as much as many guesses at one account. In memory; O(failures kept) per call, at most
 * {@value #MAX_FAILURES} per key.
 */
public final class LoginThrottle {
    /** Failed logins allowed per key within the window. */
    public static final int MAX_FAILURES = 5;
    /** The window the failures are counted in. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many keys, keys without a failure in the window are dropped (names are the client's choice). */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long to wait before {@code username} may try again from {@code address}, or empty when it may
     * try now.
     */
    public Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Deque<Instant> list = failures.get(key);
            if (list == null) {
                continue;
            }
            synchronized (list) {
                prune(list, now);
                if (list.size() >= MAX_FAILURES) {
                    Duration left = Duration.between(now, list.peekFirst().plus(WINDOW));
                    if (left.compareTo(wait) > 0) {
                        wait = left;
                    }
                }
            }
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed login of {@code username} from {@code address}. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(list -> {
                synchronized (list) {
                    prune(list, now);
                    return list.isEmpty();
                }
            });
        }
        for (String key : keys(username, address)) {
            Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (list) {
                prune(list, now);
                list.addLast(now);
                while (list.size() > MAX_FAILURES) {
                    list.removeFirst();
                }
            }
        }
    }

    /** A successful login of {@code username}: its failures are forgotten. */
    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private static String[] keys(String username, String address) {
        return new String[] {"user:" + username, "addr:" + address};
    }

    private static void prune(Deque<Instant> list, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!list.isEmpty() && !list.peekFirst().isAfter(horizon)) {
            list.removeFirst();
        }
    }
}
