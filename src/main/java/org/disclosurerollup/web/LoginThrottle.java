package org.disclosurerollup.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, per account name and per client address: after {@link #USER_FAILURES} failures for a name (or
 * {@link #ADDRESS_FAILURES} from an address) further attempts are refused for {@link #LOCK}.
 */
final class LoginThrottle {

    static final int USER_FAILURES = 5;
    static final int ADDRESS_FAILURES = 10;
    static final Duration LOCK = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when logins for this name or from this address are refused, if they are. */
    Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(userKey(user), addressKey(address))
                .map(failures::get)
                .filter(f -> f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now))
                .map(Failures::lockedUntil)
                .max(Instant::compareTo);
    }

    void failed(String user, String address) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.lockedUntil() != null && !f.lockedUntil().isAfter(now));
        }
        count(userKey(user), USER_FAILURES);
        count(addressKey(address), ADDRESS_FAILURES);
    }

    void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = f == null || f.lockedUntil() != null && !f.lockedUntil().isAfter(now) ? 1 : f.count() + 1;
            return new Failures(count, count >= limit ? now.plus(LOCK) : null);
        });
    }

    private static String userKey(String user) {
        return "user:" + (user == null ? "" : user.strip());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
