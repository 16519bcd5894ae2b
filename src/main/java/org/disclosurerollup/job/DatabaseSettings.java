package org.disclosurerollup.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a run rides out a database server that goes away ({@code rollup.database.*}).
 *
 * @param outageWait    how long a run waits for the server to answer again after losing its connection before it
 *                      fails (it then resumes when run again)
 * @param outagesPerRun how many outages one run rides out before it fails: a server that keeps dropping the run's
 *                      connections needs a person
 */
@ConfigurationProperties("rollup.database")
public record DatabaseSettings(@DefaultValue("30s") Duration outageWait, @DefaultValue("5") int outagesPerRun) {
}
