package org.disclosurerollup.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's reference: DuckDB's {@code read_csv … GROUP BY code}, the sum of every cell code over the given CSV
 * files, written as {@code code,value} (values without trailing zeros: {@code 12}, {@code 3.5}). Started as a JVM
 * process of its own by {@code bench/benchmark.sh}, with {@code duckdb_jdbc} on the class path (Maven profile
 * {@code bench}); it uses JDBC only, so it compiles without DuckDB.
 *
 * <p>Arguments: {@code out.csv long|plain glob}: {@code long} reads long-layout CSVs (columns {@code 指标代码},
 * {@code 数值}), {@code plain} the generator's {@code unit,code,value}.
 */
public final class DuckDbSums {

    private DuckDbSums() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        Path out = Path.of(args[0]);
        boolean longLayout = args[1].equals("long");
        String code = longLayout ? "\"指标代码\"" : "code";
        String value = longLayout ? "\"数值\"" : "value";
        String query = "SELECT " + code + " AS code, sum(CAST(" + value + " AS DECIMAL(38, 2))) AS total, count(*) AS cells"
                + " FROM read_csv('" + args[2].replace("'", "''") + "', header = true, all_varchar = true)"
                + " GROUP BY " + code + " ORDER BY " + code;
        long cells = 0;
        int codes = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet sums = statement.executeQuery(query);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("code,value\n");
            while (sums.next()) {
                BigDecimal total = sums.getBigDecimal("total").stripTrailingZeros();
                writer.write(sums.getString("code") + "," + total.toPlainString() + "\n");
                cells += sums.getLong("cells");
                codes++;
            }
        }
        System.out.printf("DuckDB: %d cells, %d codes → %s%n", cells, codes, out);
    }
}
