package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The account lock is strict (5 → 1 minute); the address lock is loose (50 in 10 minutes), for clerks behind a proxy. */
class LoginThrottleTest {

    private static final String PROXY = "10.0.0.1";
    private Instant now = Instant.parse("2026-11-27T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresLockTheAccountForOneMinuteOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("张三", PROXY);
        }
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
        throttle.failed("张三", PROXY);
        assertThat(throttle.lockFor("张三", PROXY)).contains(
                new LoginThrottle.Lock(LoginThrottle.Locked.ACCOUNT, Instant.parse("2026-11-27T08:01:00Z")));
        assertThat(throttle.lockFor("李四", PROXY)).isEmpty();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
    }

    @Test
    void tenFailuresOfSeveralClerksBehindOneProxyLockNobody() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("clerk" + (i % 3), PROXY);
        }
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
    }

    @Test
    void fiftyFailuresFromOneAddressWithinTenMinutesLockItUntilTheWindowEnds() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("guess" + i, PROXY);
            now = now.plusSeconds(10);
        }
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
        throttle.failed("guess49", PROXY);
        Optional<LoginThrottle.Lock> lock = throttle.lockFor("张三", PROXY);
        assertThat(lock).contains(
                new LoginThrottle.Lock(LoginThrottle.Locked.ADDRESS, Instant.parse("2026-11-27T08:10:00Z")));
        assertThat(throttle.lockFor("张三", "10.0.0.2")).isEmpty();
        now = Instant.parse("2026-11-27T08:10:00Z");
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCountForTheAddress() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("guess" + i, PROXY);
        }
        now = now.plus(Duration.ofMinutes(10));
        throttle.failed("guess49", PROXY);
        assertThat(throttle.lockFor("张三", PROXY)).isEmpty();
    }
}
