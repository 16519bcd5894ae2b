package org.disclosurerollup.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins. Per account name: after {@link #USER_FAILURES} failures in a row the name is refused for
 * {@link #USER_LOCK}. Per client address, loosely, as behind a reverse proxy every clerk has the proxy's address:
 * {@link #ADDRESS_FAILURES} failures within {@link #ADDRESS_WINDOW} refuse the address until that window ends.
 */
final class LoginThrottle {

    static final int USER_FAILURES = 5;
    static final Duration USER_LOCK = Duration.ofMinutes(1);
    static final int ADDRESS_FAILURES = 50;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 10_000;

    /** What is locked, and until when. */
    enum Locked { ACCOUNT, ADDRESS }

    record Lock(Locked what, Instant until) {
    }

    /** Failures counted since {@code since}; {@code lockedUntil} is set once they reach the limit. */
    private record Failures(int count, Instant since, Instant lockedUntil) {
    }

    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether logins for this name, or from this address, are refused now (the account's lock first). */
    Optional<Lock> lockFor(String user, String address) {
        Instant now = clock.instant();
        Failures byUser = users.get(userKey(user));
        if (byUser != null && byUser.lockedUntil() != null && byUser.lockedUntil().isAfter(now)) {
            return Optional.of(new Lock(Locked.ACCOUNT, byUser.lockedUntil()));
        }
        Failures byAddress = addresses.get(address);
        if (byAddress != null && byAddress.lockedUntil() != null && byAddress.lockedUntil().isAfter(now)) {
            return Optional.of(new Lock(Locked.ADDRESS, byAddress.lockedUntil()));
        }
        return Optional.empty();
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        forgetOld(users, now);
        forgetOld(addresses, now);
        users.compute(userKey(user), (k, f) -> {
            int count = f == null || f.lockedUntil() != null && !f.lockedUntil().isAfter(now) ? 1 : f.count() + 1;
            return new Failures(count, now, count >= USER_FAILURES ? now.plus(USER_LOCK) : null);
        });
        addresses.compute(address, (k, f) -> {
            Failures current = f == null || !f.since().plus(ADDRESS_WINDOW).isAfter(now) ? new Failures(0, now, null) : f;
            int count = current.count() + 1;
            return new Failures(count, current.since(),
                    count >= ADDRESS_FAILURES ? current.since().plus(ADDRESS_WINDOW) : null);
        });
    }

    void succeeded(String user) {
        users.remove(userKey(user));
    }

    private static void forgetOld(Map<String, Failures> failures, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            Instant old = now.minus(ADDRESS_WINDOW);
            failures.values().removeIf(f -> f.since().isBefore(old)
                    && (f.lockedUntil() == null || !f.lockedUntil().isAfter(now)));
        }
    }

    private static String userKey(String user) {
        return user == null ? "" : user.strip();
    }
}
