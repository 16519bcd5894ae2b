package org.disclosurerollup.job;

import java.util.List;
import org.disclosurerollup.support.DatabaseServer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run's number is its Spring Batch job instance id. H2 hands sequence values out from a cache of 32 and loses the
 * cache when the process is killed, so after a {@code kill -9} the next run would be #36 where #5 was due: the clerk
 * asks where runs 5 to 35 went. Batch's sequences on H2 are therefore made to hand out one value at a time (what
 * PostgreSQL's do anyway). Runs once the schema is in place, after every singleton, including Boot's schema
 * initializer, has been created.
 */
final class RunNumbersWithoutGaps implements SmartInitializingSingleton {

    private static final List<String> BATCH_SEQUENCES = List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
            "BATCH_STEP_EXECUTION_SEQ");

    private final JdbcClient jdbc;
    private final DatabaseServer database;

    RunNumbersWithoutGaps(JdbcClient jdbc, DatabaseServer database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!database.embedded()) {
            return;
        }
        for (String sequence : BATCH_SEQUENCES) {
            jdbc.sql("ALTER SEQUENCE IF EXISTS " + sequence + " NO CACHE").update();
        }
    }
}
