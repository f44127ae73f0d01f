package app.ponte.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs each scenario a number of times after a warm-up and keeps what it measured. Rows read come
 * from MariaDB's session counters (Handler_read_*) of the connection that served the call: the benchmark profile's
 * pool hands the measuring thread the connection it returned last (application-benchmark.properties).
 */
final class ScenarioRunner {

    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 200;

    private final JdbcTemplate jdbc;
    private final List<Measurement> measurements = new ArrayList<>();

    ScenarioRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Measurement measure(String scenario, Supplier<? extends Collection<?>> call) {
        return measure(scenario, WARM_UP_RUNS, MEASURED_RUNS, () -> { }, call);
    }

    /**
     * As {@link #measure(String, Supplier)}, with {@code prepare} run before every call, outside the measured time
     * and the rows counted (a call that changes what the next one finds, such as the SLA scan, is re-armed so).
     */
    Measurement measure(String scenario, int warmUpRuns, int measuredRuns, Runnable prepare,
            Supplier<? extends Collection<?>> call) {
        for (int run = 0; run < warmUpRuns; run++) {
            prepare.run();
            call.get();
        }
        prepare.run();
        long overhead = rowsRead();
        overhead = rowsRead() - overhead;
        long before = rowsRead();
        int resultRows = call.get().size();
        long rowsReadByOneCall = rowsRead() - before - overhead;
        long[] nanos = new long[measuredRuns];
        for (int run = 0; run < measuredRuns; run++) {
            prepare.run();
            long start = System.nanoTime();
            call.get();
            nanos[run] = System.nanoTime() - start;
        }
        Measurement measurement = Measurement.of(scenario, nanos, rowsReadByOneCall, resultRows);
        measurements.add(measurement);
        System.out.println("[benchmark] " + measurement.asMarkdownRow());
        return measurement;
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    /** MariaDB's Handler_read counters of this connection, summed: index entries and rows read so far. */
    long rowsRead() {
        return jdbc.query("show session status like 'Handler_read%'", resultSet -> {
            long sum = 0;
            while (resultSet.next()) {
                sum += resultSet.getLong(2);
            }
            return sum;
        });
    }

    /** Writes the figures as a Markdown table to target/benchmarks/NAME.md and returns the path. */
    Path writeReport(String name, String heading, List<String> context) {
        var lines = new ArrayList<String>();
        lines.add("## " + heading);
        lines.add("");
        lines.addAll(context);
        lines.add("");
        lines.add("| scenario | p50 ms | p95 ms | max ms | rows read per call | rows returned |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: |");
        measurements.forEach(measurement -> lines.add(measurement.asMarkdownRow()));
        try {
            Path report = Path.of("target", "benchmarks", name + ".md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
