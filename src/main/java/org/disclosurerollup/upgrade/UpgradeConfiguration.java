package org.disclosurerollup.upgrade;

import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Upgrades the database to this version's tables at start — unless a newer version already upgraded it further:
 * Flyway would let an old program run on tables it does not know; this one stops with one line instead.
 */
@Configuration(proxyBeanMethods = false)
class UpgradeConfiguration {

    @Bean
    FlywayMigrationStrategy upgradeUnlessNewer() {
        return flyway -> {
            MigrationInfo[] applied = flyway.info().applied();
            MigrationVersion newestKnown = Arrays.stream(flyway.info().all()).filter(info -> info.getState().isResolved())
                    .map(MigrationInfo::getVersion).filter(version -> version != null)
                    .max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
            Arrays.stream(applied).filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                            || info.getState() == MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                    .ifPresent(newer -> {
                        throw new DatabaseNewerException(newer.getVersion(), newestKnown.getVersion());
                    });
            flyway.migrate();
        };
    }
}
