package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link LoginThrottle} against a brute-force oracle that keeps every event and recounts: per key, the
 * failures inside the window (for a user name: since its last success), blocked when there are at
 * least five, until the fifth most recent one leaves the window. Random seeded sequences of failures,
 * successes and clock moves over a few names and addresses.
 */
class LoginThrottleTest {
    private record Event(Instant at, String user, String address, boolean ok) {
    }

    /** The oracle: shares nothing with LoginThrottle but the two constants of the rule. */
    private static Optional<Duration> oracle(List<Event> events, String user, String address, Instant now) {
        Duration wait = Duration.ZERO;
        for (int keyKind = 0; keyKind < 2; keyKind++) {
            List<Instant> failures = new ArrayList<>();
            for (Event e : events) {
                boolean sameKey = keyKind == 0 ? e.user().equals(user) : e.address().equals(address);
                if (!sameKey) {
                    continue;
                }
                if (e.ok()) {
                    if (keyKind == 0) {
                        failures.clear();
                    }
                    continue;
                }
                failures.add(e.at());
            }
            List<Instant> inWindow = failures.stream().filter(t -> t.isAfter(now.minus(LoginThrottle.WINDOW))).toList();
            if (inWindow.size() >= LoginThrottle.MAX_FAILURES) {
                Instant fifthLast = inWindow.get(inWindow.size() - LoginThrottle.MAX_FAILURES);
                Duration left = Duration.between(now, fifthLast.plus(LoginThrottle.WINDOW));
                if (left.compareTo(wait) > 0) {
                    wait = left;
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Test
    void agreesWithTheOracleOnRandomSequences() {
        String[] users = {"ana", "bo", "cy"};
        String[] addresses = {"10.0.0.1", "10.0.0.2"};
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
            LoginThrottle throttle = new LoginThrottle(clock);
            List<Event> events = new ArrayList<>();
            for (int step = 0; step < 120; step++) {
                String user = users[random.nextInt(users.length)];
                String address = addresses[random.nextInt(addresses.length)];
                Optional<Duration> expected = oracle(events, user, address, clock.instant());
                assertThat(throttle.blocked(user, address)).as("seed %d step %d %s@%s", seed, step, user, address)
                        .isEqualTo(expected);
                if (expected.isEmpty()) {
                    // an attempt is made only when not blocked, as Login does
                    boolean ok = random.nextInt(4) == 0;
                    if (ok) {
                        throttle.succeeded(user);
                    } else {
                        throttle.failed(user, address);
                    }
                    events.add(new Event(clock.instant(), user, address, ok));
                }
                clock.advance(Duration.ofSeconds(random.nextInt(4) == 0 ? random.nextInt(900) : random.nextInt(60)));
            }
        }
    }
}
